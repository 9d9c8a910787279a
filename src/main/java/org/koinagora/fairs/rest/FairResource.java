package org.koinagora.fairs.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.CategoryQuotas;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.ICalendar;
import org.koinagora.fairs.Lottery;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;

/** Open data on published fairs: list, one fair with its stands, exhibitors, iCalendar feeds. */
@Path("fairs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FairResource {

  private static final String CALENDAR = "text/calendar; charset=UTF-8";

  @Inject private FairDirectory directory;
  @Inject private Lottery lottery;
  @Inject private CategoryQuotas quotas;
  @Inject private FairDocuments documents;
  @Context private HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "koinagora.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @GET
  public FairViews.FairList list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("region") String region) {
    List<Fair> fairs = upcoming(from, to, region);
    return new FairViews.FairList(
        fairs.size(), fairs.stream().map(fair -> FairViews.item(fair, locale())).toList());
  }

  @GET
  @Path("{id}")
  public FairViews.FairDetail one(@PathParam("id") long id) {
    Fair fair = directory.publicFair(id).orElseThrow(NotFoundException::new);
    return FairViews.detail(fair, directory.takenStands(id), quotas.of(id), locale());
  }

  @GET
  @Path("{id}/exhibitors")
  public FairViews.Exhibitors exhibitors(@PathParam("id") long id) {
    directory.publicFair(id).orElseThrow(NotFoundException::new);
    var items =
        directory.exhibitors(id).stream()
            .flatMap(
                booking ->
                    booking.getExhibitingEnterprises().stream()
                        .map(
                            enterprise ->
                                new FairViews.Exhibitor(
                                    new EnterpriseRef(enterprise.getId(), enterprise.getName()),
                                    booking.getStand().getCode(),
                                    "/enterprises/" + enterprise.getId())))
            .toList();
    return new FairViews.Exhibitors(items.size(), items);
  }

  /** The published lottery of the fair: 404 until it is drawn. */
  @GET
  @Path("{id}/lottery")
  public FairViews.LotteryView lottery(@PathParam("id") long id) {
    directory.publicFair(id).orElseThrow(NotFoundException::new);
    return FairViews.lottery(lottery.of(id).orElseThrow(NotFoundException::new), locale());
  }

  /** The QR code printed at a stand: it opens the exhibitor's shop page. */
  @GET
  @Path("{id}/stands/{code}/qr.svg")
  @Produces("image/svg+xml")
  public Response standQr(@PathParam("id") long id, @PathParam("code") String code) {
    Fair fair = directory.publicFair(id).orElseThrow(NotFoundException::new);
    if (fair.getStands().stream().noneMatch(stand -> stand.getCode().equals(code))) {
      throw new NotFoundException();
    }
    return Response.ok(documents.standQr(id, code, locale()))
        .header("Cache-Control", "public, max-age=86400")
        .build();
  }

  @GET
  @Path("{id}.ics")
  @Produces(CALENDAR)
  public Response calendarOfOne(@PathParam("id") long id) {
    Fair fair = directory.publicFair(id).orElseThrow(NotFoundException::new);
    return calendar(List.of(fair), "fair-" + id + ".ics", baseUrl, locale());
  }

  static Response calendar(List<Fair> fairs, String fileName, String baseUrl, Locale locale) {
    return Response.ok(ICalendar.of(fairs, baseUrl, locale), CALENDAR)
        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .build();
  }

  List<Fair> upcoming(String from, String to, String region) {
    Instant start = from == null || from.isBlank() ? Instant.now() : day(from, "from");
    Instant end = to == null || to.isBlank() ? null : day(to, "to").plusSeconds(86_399);
    Region inRegion = null;
    if (region != null && !region.isBlank()) {
      try {
        inRegion = Region.valueOf(region.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new InvalidInputException("region", "search.filter.unknown", region);
      }
    }
    return directory.upcoming(start, end, inRegion);
  }

  private static Instant day(String text, String field) {
    try {
      return LocalDate.parse(text.strip()).atStartOfDay(ICalendar.ATHENS).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "fair.date.invalid");
    }
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
