package org.koinagora.checkout.stripe;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Some forms end in a redirect to Stripe (its payment page from the checkout, the order page and
 * the enterprise's bookings; its onboarding from the dashboards), and browsers apply the page's
 * {@code form-action} to that redirect: on these pages only, the policy also allows Stripe's
 * origins.
 */
@WebFilter(
    urlPatterns = {
      "/checkout",
      "/checkout.xhtml",
      "/order",
      "/order.xhtml",
      "/dashboard/enterprise",
      "/dashboard/enterprise.xhtml",
      "/dashboard/municipality",
      "/dashboard/municipality.xhtml"
    })
public class StripeRedirectPolicy extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private transient StripeSettings stripe;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!stripe.isConfigured()) {
      chain.doFilter(request, response);
      return;
    }
    String origin = stripe.pageOrigins();
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(response) {
          @Override
          public void setHeader(String name, String value) {
            super.setHeader(name, widen(name, value, origin));
          }

          @Override
          public void addHeader(String name, String value) {
            super.addHeader(name, widen(name, value, origin));
          }
        });
  }

  static String widen(String name, String value, String origin) {
    return "Content-Security-Policy".equalsIgnoreCase(name) && value != null
        ? value.replace("form-action 'self'", "form-action 'self' " + origin)
        : value;
  }
}
