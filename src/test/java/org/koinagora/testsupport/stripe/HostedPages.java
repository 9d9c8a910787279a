package org.koinagora.testsupport.stripe;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stripe's pages a customer or a seller sees: Checkout's payment page and Connect's onboarding.
 * Submitting one produces its event, delivers it to the webhook (when one is set) and redirects.
 */
final class HostedPages {

  private record Webhook(URI url, String secret) {}

  private static final Pattern PAY = Pattern.compile("/pay/([^/]+)");
  private static final Pattern ONBOARD = Pattern.compile("/onboard/([^/]+)");

  private final Checkouts checkouts;
  private final ConnectAccounts accounts;
  private final List<HttpResponse<String>> deliveries = new CopyOnWriteArrayList<>();
  private volatile Webhook webhook;

  HostedPages(Checkouts checkouts, ConnectAccounts accounts) {
    this.checkouts = checkouts;
    this.accounts = accounts;
  }

  void deliverTo(URI url, String secret) {
    webhook = new Webhook(url, secret);
  }

  List<HttpResponse<String>> deliveries() {
    return List.copyOf(deliveries);
  }

  Reply answer(Recorded request) {
    try {
      Matcher pay = PAY.matcher(request.path());
      if (pay.matches()) {
        return checkout(request.method(), pay.group(1));
      }
      Matcher onboard = ONBOARD.matcher(request.path());
      if (onboard.matches()) {
        return onboarding(request.method(), onboard.group(1));
      }
      return page(404, "Not found", paragraph("Nothing here."));
    } catch (ApiError error) {
      return page(404, "Not found", paragraph(error.getMessage()));
    }
  }

  private Reply checkout(String method, String sessionId) {
    JsonObject session = checkouts.get(sessionId);
    if (!"open".equals(session.getString("status"))) {
      return page(410, "Checkout", paragraph("This checkout session is no longer available."));
    }
    if ("POST".equals(method)) {
      deliver(checkouts.pay(sessionId));
      return Reply.redirect(
          session.getString("success_url").replace("{CHECKOUT_SESSION_ID}", sessionId));
    }
    long cents = session.getJsonNumber("amount_total").longValue();
    String amount =
        String.format(
            "%d.%02d %s", cents / 100, cents % 100, session.getString("currency").toUpperCase());
    String back =
        session.isNull("cancel_url")
            ? ""
            : "<p><a href=\"" + escape(session.getString("cancel_url")) + "\">Back</a></p>";
    return page(200, "Checkout", paragraph("Pay " + amount) + button("Pay") + back);
  }

  private Reply onboarding(String method, String accountId) {
    accounts.get(accountId);
    if ("POST".equals(method)) {
      deliver(accounts.completeOnboarding(accountId));
      String returnUrl = accounts.returnUrl(accountId);
      return returnUrl == null
          ? page(200, "Onboarding", paragraph("Onboarding complete."))
          : Reply.redirect(returnUrl);
    }
    return page(200, "Onboarding", paragraph("Account " + accountId) + button("Finish onboarding"));
  }

  private void deliver(JsonObject event) {
    Webhook target = webhook;
    if (target != null) {
      deliveries.add(StripeWebhooks.deliver(target.url(), event.toString(), target.secret()));
    }
  }

  /** A page with no outside resources. */
  private static Reply page(int status, String title, String body) {
    return Reply.html(
        status,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>"
            + escape(title)
            + " (Stripe stub)</title></head><body><main><h1>"
            + escape(title)
            + "</h1>"
            + body
            + "</main></body></html>");
  }

  private static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  /** A button that posts back to the page's own address. */
  private static String button(String label) {
    return "<form method=\"post\"><button type=\"submit\">" + escape(label) + "</button></form>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
