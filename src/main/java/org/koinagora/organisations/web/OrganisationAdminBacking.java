package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Offer;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.OrganisationKind;
import org.koinagora.organisations.OrganisationService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;

/** /admin/organisations: every organisation, and a new one with its first staff invited. */
@Named
@RequestScoped
public class OrganisationAdminBacking {

  /** The service's names of fields to the form's ids. */
  private static final Map<String, String> FIELDS =
      Map.of("contactEmail", "email", "contactPhone", "phone");

  @Inject private OrganisationService organisations;
  @Inject private OrganisationDirectory directory;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;

  private final NewOrganisationForm form = new NewOrganisationForm();
  private List<Organisation> all;

  public void create() {
    try {
      Organisation created =
          organisations.create(
              currentUser.require(Role.ADMIN),
              form.draft(),
              form.getStaffEmail(),
              language.getLocale());
      formErrors.info(
          form.getStaffEmail() == null || form.getStaffEmail().isBlank()
              ? "admin_organisations.created"
              : "admin_organisations.created_invited",
          created.name(language.getLocale()),
          form.getStaffEmail());
      all = null;
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("create", e, FIELDS);
    }
  }

  public List<Organisation> getAll() {
    if (all == null) {
      all = directory.list(null, null);
    }
    return all;
  }

  public NewOrganisationForm getForm() {
    return form;
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Offer[] getOffers() {
    return Offer.values();
  }
}
