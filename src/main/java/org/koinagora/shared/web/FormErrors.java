package org.koinagora.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlInputHidden;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.validation.Violations;

/**
 * Shows what a service refused next to the field it is about (inputs are given the ids of the
 * fields of the service's parameter), in the page's language; the inputs keep what was typed.
 */
@ApplicationScoped
public class FormErrors {

  @Inject private Violations violations;

  /** Shows a refusal from a service: field-level validation or a business rule. */
  public void show(String formId, RuntimeException e) {
    show(formId, e, Map.of());
  }

  /**
   * The same, for a service whose names of fields are not the form's ({@code formFields}: the
   * service's name, such as {@code address.street}, to the id of the form's field).
   */
  public void show(String formId, RuntimeException e, Map<String, String> formFields) {
    UnaryOperator<String> field = name -> name == null ? null : formFields.getOrDefault(name, name);
    var context = FacesContext.getCurrentInstance();
    if (e instanceof ConstraintViolationException constraints) {
      for (var violation : violations.sorted(constraints)) {
        add(
            context,
            formId,
            field.apply(Violations.field(violation)),
            violations.message(violation, locale(context)));
      }
    } else if (e instanceof BusinessException business) {
      add(
          context,
          formId,
          field.apply(business.field()),
          Texts.get(locale(context), business.messageKey(), business.arguments()));
    } else {
      throw e;
    }
  }

  /**
   * Shows a message next to one field of a form (by the field's id), which keeps what was typed.
   */
  public void fieldError(String formId, String field, String key, Object... arguments) {
    var context = FacesContext.getCurrentInstance();
    add(context, formId, field, Texts.get(locale(context), key, arguments));
  }

  /**
   * Shows a message for a field by its full client id: for a field in a repeated row, whose
   * component the view cannot look up by id alone (its message component finds it per row).
   */
  public void messageFor(String clientId, String key, Object... arguments) {
    var context = FacesContext.getCurrentInstance();
    context.addMessage(
        clientId,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, Texts.get(locale(context), key, arguments), null));
    context.validationFailed();
  }

  public void info(String key, Object... arguments) {
    var context = FacesContext.getCurrentInstance();
    String message = Texts.get(locale(context), key, arguments);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }

  public void error(String key, Object... arguments) {
    var context = FacesContext.getCurrentInstance();
    String message = Texts.get(locale(context), key, arguments);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * The page's language, from the request: a message added in a view action, before the view is
   * built with its language, would otherwise take the default.
   */
  private static Locale locale(FacesContext context) {
    return Language.of((HttpServletRequest) context.getExternalContext().getRequest()).locale();
  }

  private static void add(FacesContext context, String formId, String field, String message) {
    String clientId = null;
    if (field != null && !field.isEmpty()) {
      var component = context.getViewRoot().findComponent(formId + ":" + field);
      if (component instanceof UIInput input && !(component instanceof HtmlInputHidden)) {
        // an invalid input shows its submitted value; give it the typed one so nothing is lost
        Object typed = input.getValue();
        input.setSubmittedValue(typed == null ? "" : typed.toString());
        input.setValid(false);
        clientId = input.getClientId(context);
      }
    }
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    context.validationFailed();
  }
}
