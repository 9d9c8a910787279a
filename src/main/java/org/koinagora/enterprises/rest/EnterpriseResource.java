package org.koinagora.enterprises.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.enterprises.EnterpriseProfile;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;

/** Verified enterprises for everyone; registering and editing for members. */
@Path("enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

  @Inject private EnterpriseDirectory directory;
  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public EnterpriseList list(@QueryParam("region") String region) {
    var items =
        directory.publicList(parseRegion(region)).stream()
            .map(e -> EnterpriseView.of(e, locale()))
            .toList();
    return new EnterpriseList(items.size(), items);
  }

  @GET
  @Path("{id}")
  public EnterpriseView one(@PathParam("id") long id) {
    return directory
        .publicOne(id)
        .map(e -> EnterpriseView.of(e, locale()))
        .orElseThrow(NotFoundException::new);
  }

  @POST
  public Response create(EnterpriseProfile profile) {
    var created = enterprises.create(currentUser.require(), requireBody(profile));
    return Response.created(URI.create("/api/v1/enterprises/" + created.getId()))
        .entity(EnterpriseView.of(created, locale()))
        .build();
  }

  @PUT
  @Path("{id}")
  public EnterpriseView update(@PathParam("id") long id, EnterpriseProfile profile) {
    var updated = enterprises.update(currentUser.require(), id, requireBody(profile));
    return EnterpriseView.of(updated, locale());
  }

  private static EnterpriseProfile requireBody(EnterpriseProfile profile) {
    if (profile == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    return profile;
  }

  private static Region parseRegion(String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    try {
      return Region.valueOf(region.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("region", "enterprise.region.unknown");
    }
  }

  private Locale locale() {
    return Language.of(request).locale();
  }
}
