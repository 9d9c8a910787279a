package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.FairTheme;
import org.koinagora.fairs.ICalendar;

/**
 * /fairs?region=&month=&theme=: upcoming published fairs, soonest first; unknown filter values are
 * ignored.
 */
@Named
@RequestScoped
public class FairListBacking {

  @Inject private FairDirectory directory;
  private List<Fair> fairs;

  public List<Fair> getFairs() {
    if (fairs == null) {
      Region region = pick(Region.values(), parameter("region"));
      FairTheme theme = pick(FairTheme.values(), parameter("theme"));
      YearMonth month = month(parameter("month"));
      fairs =
          directory.upcoming(Instant.now(), null, region).stream()
              .filter(fair -> theme == null || fair.getTheme() == theme)
              .filter(
                  fair ->
                      month == null
                          || YearMonth.from(fair.getStartsAt().atZone(ICalendar.ATHENS))
                              .equals(month))
              .toList();
    }
    return fairs;
  }

  /** The next twelve months, for the month filter. */
  public List<YearMonth> getMonths() {
    YearMonth now = YearMonth.now(ICalendar.ATHENS);
    return IntStream.range(0, 12).mapToObj(now::plusMonths).toList();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public FairTheme[] getThemes() {
    return FairTheme.values();
  }

  private static String parameter(String name) {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    return parameters.get(name);
  }

  private static <E extends Enum<E>> E pick(E[] values, String name) {
    return Arrays.stream(values)
        .filter(value -> value.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static YearMonth month(String text) {
    try {
      return text == null || text.isBlank() ? null : YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
