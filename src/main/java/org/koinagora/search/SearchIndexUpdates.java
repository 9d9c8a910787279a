package org.koinagora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.koinagora.shared.events.PublicContentChanged;

/**
 * Hands every committed catalog change to the search index, once the index is open (changes made
 * before, such as the demo data, are found by the reconciliation that opening does).
 */
@ApplicationScoped
public class SearchIndexUpdates {

  @Inject private SearchService search;
  private volatile boolean started;

  void start() {
    started = true;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
    if (started) {
      search.apply(change);
    }
  }
}
