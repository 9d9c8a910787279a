package org.koinagora.organisations.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Offer;
import org.koinagora.organisations.OrganisationDraft;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.organisations.OrganisationService;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.Language;

/** An ADMIN creates organisations, inviting their first staff member by mail. */
@Path("admin/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminOrganisationResource {

  /** The new organisation's profile; {@code staffEmail}, optional, is invited to its staff. */
  public record NewOrganisation(
      String kind,
      String nameEl,
      String nameEn,
      String region,
      String descriptionEl,
      String descriptionEn,
      List<String> offers,
      String email,
      String phone,
      String website,
      String staffEmail) {}

  @Inject private OrganisationService organisations;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @POST
  public Response create(NewOrganisation body) {
    var admin = currentUser.require(Role.ADMIN);
    if (body == null) {
      throw new InvalidInputException("kind", "organisation.kind.required");
    }
    var locale = Language.of(request).locale();
    var organisation =
        organisations.create(
            admin,
            new OrganisationDraft(
                OrganisationResource.parse("kind", body.kind(), OrganisationKind::valueOf),
                body.nameEl(),
                body.nameEn(),
                OrganisationResource.parse("region", body.region(), Region::valueOf),
                body.descriptionEl(),
                body.descriptionEn(),
                offers(body.offers()),
                body.email(),
                body.phone(),
                body.website()),
            body.staffEmail(),
            locale);
    return Response.status(201)
        .entity(OrganisationViews.detail(organisation, List.of(), locale))
        .build();
  }

  private static Set<Offer> offers(List<String> names) {
    Set<Offer> offers = EnumSet.noneOf(Offer.class);
    if (names != null) {
      names.forEach(name -> offers.add(OrganisationResource.parse("offers", name, Offer::valueOf)));
    }
    return offers;
  }
}
