package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.Payments;
import org.koinagora.checkout.PayoutAccounts;
import org.koinagora.checkout.SalesService;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * On /dashboard/enterprise: the enterprise's parts of orders with the next step for each, and
 * connecting a Stripe account to be paid by card.
 */
@Named
@RequestScoped
public class SalesBacking {

  @Inject private SalesService sales;
  @Inject private PayoutAccounts connect;
  @Inject private Payments payments;
  @Inject private CurrentUser currentUser;
  @Inject private EnterpriseAccess access;
  @Inject private FormErrors formErrors;

  private List<OrderPart> mine;
  private String enterpriseName;
  private boolean answered;

  /** Read once per request: the page asks for it in many places. */
  private Optional<Question> question;

  /** A step the seller cannot take back, with the part it is about, while the page asks it. */
  public record Question(OrderPart part, SalesService.Step step) {}

  /**
   * Back from Stripe's onboarding pages ({@code ?stripe=<enterprise id>}): ask Stripe how the
   * account stands.
   */
  public void load() {
    String back =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("stripe");
    if (back != null && back.matches("\\d{1,18}")) {
      try {
        connect.refreshEnterprise(currentUser.require(), Long.parseLong(back));
      } catch (BusinessException | IllegalStateException e) {
        formErrors.error("stripe.not_configured");
      }
    }
  }

  /**
   * /dashboard/sales?enterprise=: one enterprise's sales, for a support centre's staff acting under
   * its delegation (or its members); 403 when the user may not act for it, 404 without one.
   */
  public void loadEnterprise() {
    try {
      if (getEnterprise() == null) {
        throw new NotFoundException();
      }
      enterpriseName = access.on(currentUser.require(), getEnterprise()).enterprise().getName();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  /**
   * The enterprise named in the address (the support centre's page), or null for the user's own.
   */
  public Long getEnterprise() {
    // only that page acts for a named enterprise: elsewhere the parameter means nothing here
    var view = FacesContext.getCurrentInstance().getViewRoot();
    return view != null && "/dashboard/sales.xhtml".equals(view.getViewId())
        ? Pages.id("enterprise").orElse(null)
        : null;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public List<OrderPart> getMine() {
    if (mine == null) {
      mine =
          getEnterprise() == null
              ? sales.ofMember(currentUser.require())
              : sales.ofEnterprise(currentUser.require(), getEnterprise());
    }
    return mine;
  }

  /**
   * The question a "payment received" or "refunded" link asks ({@code
   * ?confirm=paid|refunded&part=}), if any.
   */
  public Question getQuestion() {
    if (answered) {
      return null;
    }
    if (question == null) {
      question = Optional.empty();
      for (SalesService.Step step : List.of(SalesService.Step.PAID, SalesService.Step.REFUNDED)) {
        var asked = Pages.confirming(step.name().toLowerCase(Locale.ROOT), "part");
        if (asked.isPresent()) {
          question =
              getMine().stream()
                  .filter(part -> part.getId() == asked.get())
                  .findFirst()
                  .map(part -> new Question(part, step));
        }
      }
    }
    return question.orElse(null);
  }

  /**
   * Yes to the question: the step is taken, and the page shows the outcome instead of asking again.
   */
  public void answerYes() {
    Question question = getQuestion();
    if (question != null) {
      move(question.part().getId(), question.step().name());
      answered = true;
    }
  }

  public void move(long partId, String step) {
    try {
      sales.move(currentUser.require(), partId, SalesService.Step.valueOf(step));
      formErrors.info("sales.moved." + step.toLowerCase(Locale.ROOT));
      mine = null;
    } catch (BusinessException e) {
      formErrors.show("sales", e);
    }
  }

  public void connectStripe(long enterpriseId) {
    try {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(connect.onboardEnterprise(currentUser.require(), enterpriseId).toString());
    } catch (BusinessException e) {
      formErrors.show("stripe", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isStripeAvailable() {
    return payments.isAvailable(PaymentMethod.STRIPE);
  }
}
