package org.koinagora.enterprises.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.enterprises.Region;

/** /enterprises: verified enterprises, optionally of one region. */
@Named
@RequestScoped
public class EnterpriseListBacking {

  @Inject private EnterpriseDirectory directory;

  private Region region;
  private List<Enterprise> enterprises;

  public List<Enterprise> getEnterprises() {
    if (enterprises == null) {
      enterprises = directory.publicList(region);
    }
    return enterprises;
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }
}
