package org.koinagora.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.shared.Injected;
import org.koinagora.shared.events.PublicContentChanged;

/**
 * Hands every committed catalog change to the search index, once the index is open (changes made
 * before, such as the demo data, are found by the reconciliation that opening does). The update
 * runs on a worker thread, outside the finished transaction, and the request waits for it, so the
 * change is searchable when the answer reaches the user. A failed update is caught up by the next
 * reconciliation.
 */
@ApplicationScoped
public class SearchIndexUpdates {

  private static final Logger LOG = Logger.getLogger(SearchIndexUpdates.class.getName());

  @Inject private SearchService search;
  @Resource private ManagedExecutorService executor;
  private volatile boolean started;
  private final Set<Long> pendingStock = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void requireInjected() {
    Injected.require(executor, "managed executor");
  }

  /** The listings whose stock changed since the last call. */
  List<Long> takeStockChanges() {
    List<Long> taken = new ArrayList<>(pendingStock);
    pendingStock.removeAll(taken);
    return taken;
  }

  void start() {
    started = true;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
    if (!started) {
      return;
    }
    if (change.stockOnly()) {
      // orders move stock all the time: gathered and applied once a second, not one by one
      pendingStock.add(change.listingId());
      return;
    }
    try {
      executor.submit(() -> search.apply(change)).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(
          Level.WARNING,
          "Search index not updated for " + change + "; the next reconciliation will",
          e);
    }
  }
}
