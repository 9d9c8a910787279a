package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.organisations.PartnershipMember;
import org.koinagora.organisations.Partnerships;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;

/**
 * A partnership's dashboard, its members ({@code WEB-INF/includes/partnership-members}): who has
 * joined or is invited, and an invitation to an organisation or an enterprise.
 */
@Named
@RequestScoped
public class PartnershipMembersBacking {

  /** A choice of the invitation's list: {@code ORGANISATION:3} or {@code ENTERPRISE:7}. */
  public record Candidate(String value, String label) {}

  @Inject private OrganisationStaffBacking staff;
  @Inject private Partnerships partnerships;
  @Inject private OrganisationDirectory organisations;
  @Inject private EnterpriseDirectory enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;

  private String candidate;

  /** The signed-in staff's organisation when it is a partnership, else null. */
  public Organisation getPartnership() {
    Organisation mine = staff.getOrganisation();
    return mine != null && mine.getKind() == OrganisationKind.PARTNERSHIP ? mine : null;
  }

  public List<Partnerships.Member> getMembers() {
    return partnerships.membersOf(getPartnership().getId(), true, language.getLocale());
  }

  /** Every other organisation, then every verified enterprise. */
  public List<Candidate> getCandidates() {
    List<Candidate> all = new ArrayList<>();
    for (Organisation o : organisations.list(null, null)) {
      if (!o.getId().equals(getPartnership().getId())) {
        all.add(new Candidate("ORGANISATION:" + o.getId(), o.name(language.getLocale())));
      }
    }
    enterprises
        .publicList(null)
        .forEach(e -> all.add(new Candidate("ENTERPRISE:" + e.getId(), e.getName())));
    return all;
  }

  public void invite() {
    try {
      String[] chosen = candidate == null ? new String[0] : candidate.split(":", 2);
      partnerships.invite(
          currentUser.require(),
          getPartnership().getId(),
          chosen.length == 2 ? PartnershipMember.Kind.valueOf(chosen[0]) : null,
          chosen.length == 2 ? Long.valueOf(chosen[1]) : null);
      formErrors.info("partnership.invited");
      candidate = null;
    } catch (BusinessException e) {
      formErrors.show("members", e, Map.of("kind", "candidate", "memberId", "candidate"));
    }
  }

  public String getCandidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    this.candidate = candidate;
  }
}
