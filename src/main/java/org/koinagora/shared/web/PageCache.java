package org.koinagora.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.koinagora.shared.events.PublicContentChanged;

/**
 * Rendered public pages kept in memory for anonymous visitors. A page that declared what it shows
 * ({@link #dependsOn}: a listing, an enterprise) is kept for {@code
 * koinagora.page-cache.entity-seconds} and dropped the moment that listing or enterprise changes;
 * any other page (home, category lists) lives {@code koinagora.page-cache.seconds}. The whole cache
 * holds at most {@code koinagora.page-cache.max-mb}; the least recently served pages go first.
 */
@ApplicationScoped
public class PageCache {

  private static final String TAGS = PageCache.class.getName() + ".tags";

  /**
   * A stored page. The script nonce of its render ({@code nonce}, null without one) occurs in the
   * policy and at {@code nonceAt} in the body; each visitor gets a fresh one in its place.
   */
  public record Page(
      long rendered,
      long expires,
      String contentType,
      String policy,
      String nonce,
      byte[] body,
      int[] nonceAt,
      Set<String> tags,
      AtomicLong lastServed) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  /** Bumped by every change, so a render that overlapped a change is not kept for long. */
  private final AtomicLong changes = new AtomicLong();

  private final AtomicLong storedBytes = new AtomicLong();
  private long shortLifetimeMillis;
  private long entityLifetimeMillis;
  private long maxBytes;

  /**
   * Declares, while rendering, that the current page shows these things (tags like {@code
   * listing:7}).
   */
  public static void dependsOn(String... tags) {
    var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    request.put(TAGS, Set.of(tags));
  }

  @SuppressWarnings("unchecked")
  static Set<String> declaredTags(HttpServletRequest request) {
    Object tags = request.getAttribute(TAGS);
    return tags instanceof Set<?> set ? (Set<String>) set : Set.of();
  }

  public static String listingTag(long listingId) {
    return "listing:" + listingId;
  }

  public static String enterpriseTag(long enterpriseId) {
    return "enterprise:" + enterpriseId;
  }

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    shortLifetimeMillis =
        1000L * config.getOptionalValue("koinagora.page-cache.seconds", Integer.class).orElse(2);
    entityLifetimeMillis =
        1000L
            * config
                .getOptionalValue("koinagora.page-cache.entity-seconds", Integer.class)
                .orElse(600);
    maxBytes =
        1024L
            * 1024
            * config.getOptionalValue("koinagora.page-cache.max-mb", Integer.class).orElse(64);
  }

  public boolean enabled() {
    return shortLifetimeMillis > 0;
  }

  public Page get(String key) {
    return pages.get(key);
  }

  /** The change counter before a render starts; {@link #put} compares it. */
  public long changeCount() {
    return changes.get();
  }

  public Page put(
      String key,
      long changeCountAtStart,
      String contentType,
      String policy,
      byte[] body,
      Set<String> tags) {
    long now = System.currentTimeMillis();
    boolean keepLong = !tags.isEmpty() && changes.get() == changeCountAtStart;
    String nonce = Nonces.of(policy);
    var page =
        new Page(
            now,
            now + (keepLong ? entityLifetimeMillis : shortLifetimeMillis),
            contentType,
            policy,
            nonce,
            body,
            Nonces.positions(body, nonce),
            tags,
            new AtomicLong(now));
    Page old = pages.put(key, page);
    storedBytes.addAndGet(page.body().length - (old == null ? 0 : old.body().length));
    if (storedBytes.get() > maxBytes) {
      evict(now);
    }
    return page;
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
    changes.incrementAndGet();
    String enterprise = enterpriseTag(change.enterpriseId());
    String listing = change.wholeEnterprise() ? null : listingTag(change.listingId());
    remove(
        entry -> {
          Set<String> tags = entry.getValue().tags();
          return tags.contains(enterprise) || (listing != null && tags.contains(listing));
        });
  }

  /** Drops expired pages, then the least recently served until a tenth below the limit. */
  private synchronized void evict(long now) {
    if (storedBytes.get() <= maxBytes) {
      return;
    }
    remove(entry -> entry.getValue().expires() < now);
    List<Map.Entry<String, Page>> byAge = new ArrayList<>(pages.entrySet());
    byAge.sort(Comparator.comparingLong(entry -> entry.getValue().lastServed().get()));
    long target = maxBytes - maxBytes / 10;
    for (var entry : byAge) {
      if (storedBytes.get() <= target) {
        break;
      }
      if (pages.remove(entry.getKey(), entry.getValue())) {
        storedBytes.addAndGet(-entry.getValue().body().length);
      }
    }
  }

  private void remove(Predicate<Map.Entry<String, Page>> which) {
    pages
        .entrySet()
        .removeIf(
            entry -> {
              boolean drop = which.test(entry);
              if (drop) {
                storedBytes.addAndGet(-entry.getValue().body().length);
              }
              return drop;
            });
  }
}
