package org.koinagora.fairs.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.shared.i18n.Language;

/** {@code GET /api/v1/fairs.ics}: every upcoming published fair as one iCalendar feed. */
@Path("fairs.ics")
@Consumes(MediaType.APPLICATION_JSON)
public class FairFeedResource {

  @Inject private FairDirectory directory;
  @Context private HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "koinagora.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @GET
  @Produces("text/calendar; charset=UTF-8")
  public Response feed() {
    return FairResource.calendar(
        directory.upcoming(Instant.now(), null, null),
        "koinagora-fairs.ics",
        baseUrl,
        Language.of(request).locale());
  }
}
