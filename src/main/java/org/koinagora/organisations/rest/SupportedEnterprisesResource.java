package org.koinagora.organisations.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.Delegations;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.i18n.Language;

/**
 * {@code /api/v1/me/delegations}: the active delegations the caller's support centres hold, that is
 * the enterprises they may act for now (with {@code ?enterprise=} on listings and sales).
 */
@Path("me/delegations")
@Produces(MediaType.APPLICATION_JSON)
public class SupportedEnterprisesResource {

  @Inject private EnterpriseAccess access;
  @Inject private Delegations delegations;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  @GET
  public List<DelegationViews.View> mine() {
    Locale locale = Language.of(request).locale();
    return access.heldBy(currentUser.require().id()).stream()
        .map(d -> DelegationViews.view(d, delegations.nameOf(d.getGrantedBy()), null, locale))
        .toList();
  }
}
