package org.koinagora.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.search.lucene.ListingIndex;
import org.koinagora.shared.events.PublicContentChanged;

/**
 * Keeps the search index of public listings ({@code koinagora.search.index-dir}) in step with the
 * database. At start it opens the index (rebuilding it when missing, unreadable or of an older
 * layout) and reconciles it with the database, so a change that was committed but never reached the
 * index (a crash in between) is picked up; the same reconciliation runs every ten minutes. Each
 * committed change is applied and made searchable before the request that made it returns.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  @Inject private ListingSource source;
  @Inject private SearchIndexUpdates updates;
  @Inject private IndexVersion version;

  @Inject
  @ConfigProperty(name = "koinagora.data-dir", defaultValue = "data")
  String dataDir;

  /** Each node of a cluster needs its own; by default {@code <data dir>/search-index}. */
  @Inject
  @ConfigProperty(name = "koinagora.search.index-dir")
  Optional<String> indexDir;

  private volatile ProductSearch index;

  /** A rebuild and a reconciliation each go over every listing; one at a time. */
  private final Object wholeIndexWork = new Object();

  @PostConstruct
  void open() {
    try {
      Path directory =
          indexDir.map(Path::of).orElse(Path.of(dataDir).resolve("search-index")).toAbsolutePath();
      Files.createDirectories(directory);
      long start = System.nanoTime();
      index = ListingIndex.openAt(directory);
      updates.start();
      showChanges();
      if (index.needsRebuild()) {
        int count = rebuild();
        LOG.info(
            () ->
                String.format(
                    "Search index built with %,d listings in %d ms",
                    count, (System.nanoTime() - start) / 1_000_000));
      } else {
        reconcile();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    try {
      index.close();
    } catch (IOException e) {
      LOG.warning(() -> "Closing the search index: " + e);
    }
  }

  public SearchResults search(SearchRequest request, boolean highlight) {
    return index.search(request, highlight);
  }

  public List<String> complete(String typed, boolean english, int max) {
    return index.complete(typed, english, max);
  }

  /**
   * Applies one committed change: the listing (or all of the enterprise's) as the database has it
   * now.
   */
  public void apply(PublicContentChanged change) {
    if (change.wholeEnterprise()) {
      index.removeEnterprise(change.enterpriseId());
      source.ofEnterprise(change.enterpriseId()).forEach(index::put);
    } else {
      source
          .listing(change.listingId())
          .ifPresentOrElse(index::put, () -> index.remove(change.listingId()));
    }
    showChanges();
  }

  /** Replaces the whole index with what the database holds; returns the number of listings. */
  public int rebuild() {
    synchronized (wholeIndexWork) {
      return rebuildNow();
    }
  }

  private int rebuildNow() {
    List<ListingDocument> all = new ArrayList<>();
    source.everyListing(all::add);
    index.rebuild(all.stream());
    showChanges();
    return all.size();
  }

  /** Catches what another node of a cluster, or a failed update, left out. */
  // per node: it brings this node's own index in step, so it runs on every node
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void reconcileRegularly() {
    reconcile();
  }

  /**
   * Adds, updates and removes what differs between the index and the database; returns how many.
   */
  public int reconcile() {
    synchronized (wholeIndexWork) {
      return reconcileNow();
    }
  }

  private int reconcileNow() {
    Map<Long, String> database = source.signatures();
    Map<Long, String> indexed = index.signatures();
    List<Long> stale = new ArrayList<>();
    database.forEach(
        (id, signature) -> {
          if (!signature.equals(indexed.get(id))) {
            stale.add(id);
          }
        });
    List<Long> gone = indexed.keySet().stream().filter(id -> !database.containsKey(id)).toList();
    gone.forEach(index::remove);
    source.listings(stale).forEach(index::put);
    if (!stale.isEmpty() || !gone.isEmpty()) {
      showChanges();
      index.commit();
      LOG.info(
          () ->
              "Search index caught up with the database: "
                  + stale.size()
                  + " updated, "
                  + gone.size()
                  + " removed");
    }
    return stale.size() + gone.size();
  }

  /** Makes what was written visible to searches, and tells the answer caches. */
  private void showChanges() {
    index.refresh();
    version.set(index.version());
  }

  /** Every second: stock changes gathered since the last run, in one refresh of the searchers. */
  // per node: the changes were gathered on this node, for its own index
  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void applyStockChanges() {
    var listings = updates.takeStockChanges();
    if (!listings.isEmpty()) {
      listings.forEach(
          id -> source.listing(id).ifPresentOrElse(index::put, () -> index.remove(id)));
      showChanges();
    }
  }

  /**
   * Makes recent changes durable; a crash before loses nothing, the start-up reconciliation redoes
   * them.
   */
  // per node: each node commits its own index
  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void commit() {
    index.commit();
  }

  public int size() {
    return index.size();
  }
}
