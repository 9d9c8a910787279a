package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.organisations.DelegatedAction;
import org.koinagora.organisations.Delegation;
import org.koinagora.organisations.Delegations;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.rest.DelegationViews;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/delegations?enterprise=: an enterprise's members grant a support centre delegated
 * access, see and revoke their grants (after a question), and read the log.
 */
@Named
@RequestScoped
public class DelegationsBacking {

  @Inject private Delegations delegations;
  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;

  private Enterprise enterprise;
  private List<Delegation> grants;
  private Optional<Delegation> question;
  private boolean answered;
  private Long organisationId;
  private String until;

  /** The enterprise named (403 when not the user's), or the user's first one. */
  public void load() {
    try {
      getEnterprise();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public Enterprise getEnterprise() {
    if (enterprise == null) {
      var user = currentUser.require();
      Optional<Long> named = Pages.id("enterprise");
      if (named.isPresent()) {
        enterprise = enterprises.ownedBy(user, named.get());
      } else {
        enterprise = enterprises.ofMember(user.id()).stream().findFirst().orElse(null);
      }
    }
    return enterprise;
  }

  public List<Organisation> getCentres() {
    return delegations.supportCentres();
  }

  public List<Delegation> getGrants() {
    if (grants == null) {
      grants =
          getEnterprise() == null
              ? List.of()
              : delegations.ofEnterprise(currentUser.require(), getEnterprise().getId());
    }
    return grants;
  }

  public List<DelegatedAction> getLog() {
    return getEnterprise() == null
        ? List.of()
        : delegations.log(currentUser.require(), getEnterprise().getId());
  }

  public String status(Delegation grant) {
    return DelegationViews.status(grant, Instant.now());
  }

  /** The last day of access a grant runs to (it ends at that day's midnight). */
  public Instant lastDay(Delegation grant) {
    return grant.getValidUntil().minusSeconds(1);
  }

  public String nameOf(Long accountId) {
    return delegations.nameOf(accountId);
  }

  /** The latest day as an instant inside it, for the hint that names it. */
  public Instant getLatestInstant() {
    return LocalDate.now(Delegations.ATHENS)
        .plusDays(Delegation.MAX_DAYS)
        .atTime(12, 0)
        .atZone(Delegations.ATHENS)
        .toInstant();
  }

  public void grant() {
    try {
      var granted =
          delegations.grant(currentUser.require(), getEnterprise().getId(), organisationId, until);
      formErrors.info(
          granted.extended() ? "delegations.extended" : "delegations.granted",
          granted.delegation().getOrganisation().name(language.getLocale()));
      Pages.redirect("/dashboard/delegations?enterprise=" + getEnterprise().getId());
    } catch (BusinessException e) {
      formErrors.show("grant", e);
    }
  }

  /** The grant a "revoke" link asks about ({@code ?confirm=revoke&delegation=}), if any. */
  public Delegation getQuestion() {
    if (answered) {
      return null;
    }
    if (question == null) {
      question =
          Pages.confirming("revoke", "delegation")
              .flatMap(id -> getGrants().stream().filter(d -> d.getId().equals(id)).findFirst())
              .filter(d -> d.getClosedAt() == null);
    }
    return question.orElse(null);
  }

  public void revoke() {
    Delegation asked = getQuestion();
    if (asked == null) {
      return;
    }
    try {
      delegations.revoke(currentUser.require(), getEnterprise().getId(), asked.getId());
      formErrors.info("delegations.revoked", asked.getOrganisation().name(language.getLocale()));
      answered = true;
      Pages.redirect("/dashboard/delegations?enterprise=" + getEnterprise().getId());
    } catch (BusinessException e) {
      formErrors.show("delegations", e);
    }
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }
}
