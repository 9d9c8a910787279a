package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.accounts.UserAccount;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.OrganisationService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;

/**
 * The staff part of an organisation's dashboard ({@code WEB-INF/includes/organisation-staff}): who
 * is on the staff, and an invitation to a colleague.
 */
@Named
@RequestScoped
public class OrganisationStaffBacking {

  @Inject private OrganisationService organisations;
  @Inject private OrganisationDirectory directory;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;

  private Organisation organisation;
  private List<UserAccount> staff;
  private String email;

  public Organisation getOrganisation() {
    if (organisation == null) {
      organisation = directory.ofStaff(currentUser.require(Role.MUNICIPALITY).id()).orElse(null);
    }
    return organisation;
  }

  public List<UserAccount> getStaff() {
    if (staff == null) {
      staff =
          getOrganisation() == null
              ? List.of()
              : organisations.staff(currentUser.require(), getOrganisation().getId());
    }
    return staff;
  }

  public void invite() {
    try {
      organisations.inviteStaff(
          currentUser.require(), getOrganisation().getId(), email, language.getLocale());
      formErrors.info("organisation_staff.invited", email);
      email = null;
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("staff", e);
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
