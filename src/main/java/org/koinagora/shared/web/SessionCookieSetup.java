package org.koinagora.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Session cookie: HttpOnly, SameSite=Lax (set in glassfish-web.xml: Payara ignores the Servlet 6
 * attribute), and Secure when {@code koinagora.secure-cookies} says the platform is reached over
 * HTTPS (a TLS proxy in front makes the request look like plain HTTP).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("KOINAGORA_SESSION");
    cookie.setHttpOnly(true);
    cookie.setSecure(SiteCookie.secure());
  }
}
