package org.koinagora.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallStatus;
import org.koinagora.calls.Calls;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.web.Pages;

/** /calls: published calls, filtered by region, category and status (GET parameters). */
@Named
@RequestScoped
public class CallListBacking {

  @Inject private Calls calls;
  @Inject private Categories categories;

  private List<Call> found;

  public List<Call> getCalls() {
    if (found == null) {
      found = calls.list(getRegion(), getCategory(), getStatus());
    }
    return found;
  }

  public long offers(Call call) {
    return calls.offerCount(call);
  }

  public Region getRegion() {
    return parse(Region.class, Pages.parameter("region"));
  }

  public CallStatus getStatus() {
    CallStatus status = parse(CallStatus.class, Pages.parameter("status"));
    return status == CallStatus.DRAFT ? null : status;
  }

  public String getCategory() {
    String path = Pages.parameter("category");
    return path == null || categories.byPath(path.strip()).isEmpty() ? null : path.strip();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public List<CallStatus> getStatuses() {
    return List.of(CallStatus.OPEN, CallStatus.CLOSED, CallStatus.AWARDED, CallStatus.CANCELLED);
  }

  public List<Category> getCategories() {
    return categories.all();
  }

  /** A category's label ("Services › Cleaning") for its path, or the path itself. */
  public String categoryLabel(String path, Locale locale) {
    return path == null ? "" : categories.byPath(path).map(c -> c.label(locale)).orElse(path);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
