package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;

/** /fairs: upcoming published fairs, soonest first. */
@Named
@RequestScoped
public class FairListBacking {

  @Inject private FairDirectory directory;
  private List<Fair> fairs;

  public List<Fair> getFairs() {
    if (fairs == null) {
      fairs = directory.upcoming(Instant.now(), null, null);
    }
    return fairs;
  }
}
