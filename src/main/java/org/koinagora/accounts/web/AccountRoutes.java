package org.koinagora.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** Signing in and up, passwords and the account page keep their forms' view state. */
@ApplicationScoped
public class AccountRoutes implements PageRoutes {

  @Override
  public List<String> statefulViews() {
    return List.of(
        "/login.xhtml",
        "/register.xhtml",
        "/forgot-password.xhtml",
        "/reset-password.xhtml",
        "/account.xhtml");
  }
}
