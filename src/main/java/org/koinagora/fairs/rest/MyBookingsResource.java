package org.koinagora.fairs.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.fairs.BookingService;
import org.koinagora.shared.i18n.Language;

/** {@code GET /api/v1/me/bookings}: the bookings of the caller's enterprises, newest first. */
@Path("me/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyBookingsResource {

  @Inject private BookingService bookings;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public List<FairViews.BookingView> mine() {
    Locale locale = Language.of(request).locale();
    return bookings.ofMember(currentUser.require()).stream()
        .map(booking -> FairViews.booking(booking, locale))
        .toList();
  }
}
