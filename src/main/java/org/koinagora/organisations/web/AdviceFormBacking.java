package org.koinagora.organisations.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.AdviceDesk;
import org.koinagora.organisations.AdviceQuestion;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * The "Ask for advice" form on a support centre's profile ({@code WEB-INF/includes/advice-form}): a
 * visitor gives a name and address and is mailed a private link; a signed-in person writes from
 * their account's address and goes straight to the thread.
 */
@Named
@RequestScoped
public class AdviceFormBacking {

  @Inject private AdviceDesk desk;
  @Inject private CurrentUser currentUser;
  @Inject private LanguageBean language;
  @Inject private FormErrors formErrors;
  @Inject private HttpServletRequest request;

  private String groupName;
  private String name;
  private String email;
  private Region region;
  private LegalForm legalForm;
  private String message;

  @PostConstruct
  void prefill() {
    if (!FacesContext.getCurrentInstance().isPostback() && currentUser.isSignedIn()) {
      name = currentUser.getName();
    }
  }

  public void ask(long centreId) {
    var user = currentUser.get().orElse(null);
    try {
      var asked =
          desk.ask(
              centreId,
              new AdviceQuestion(
                  groupName, name, user == null ? email : user.email(), region, legalForm, message),
              user,
              language.getLocale(),
              ClientAddress.of(request));
      if (user == null) {
        Pages.redirect("/organisations/" + centreId + "?advice=sent#ask-advice");
      } else {
        formErrors.info("advice.sent_signed_in");
        Pages.redirect("/advice/" + asked.getId());
      }
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("advice", e);
    }
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
