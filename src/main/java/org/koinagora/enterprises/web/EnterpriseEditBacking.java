package org.koinagora.enterprises.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.enterprises.EnterpriseProfile;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.enterprises.SellerIdentity;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/** /dashboard/enterprise-edit: registers a new enterprise, or edits one the user is member of. */
@Named
@ViewScoped
public class EnterpriseEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private Long id;
  private final EnterpriseForm form = new EnterpriseForm();

  /** Called by f:viewAction: fills the form from the enterprise, if the user may edit it. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      form.fill(enterprises.ownedBy(currentUser.require(), id).profile());
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public void save() {
    EnterpriseProfile profile = form.toProfile();
    try {
      if (id == null) {
        enterprises.create(currentUser.require(), profile);
        formErrors.info("enterprise_edit.created");
      } else {
        enterprises.update(currentUser.require(), id, profile);
        formErrors.info("enterprise_edit.saved");
      }
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("form", e);
      return;
    }
    Pages.redirect("/dashboard/enterprise");
  }

  /** Puts the platform's returns and terms templates, in Greek and English, into empty fields. */
  public void useTemplates() {
    form.offerTemplates(
        SellerIdentity.returnsTemplate(Language.EL.locale()),
        SellerIdentity.returnsTemplate(Language.EN.locale()),
        SellerIdentity.termsTemplate(Language.EL.locale()),
        SellerIdentity.termsTemplate(Language.EN.locale()));
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public EnterpriseForm getForm() {
    return form;
  }
}
