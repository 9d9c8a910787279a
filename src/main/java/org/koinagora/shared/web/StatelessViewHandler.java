package org.koinagora.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Makes every view stateless (no HTTP session for anonymous visitors) except the pages with forms
 * that need view state. Decided when the view is created, before PrimeFaces' CSP support looks
 * at the view (it would otherwise put its nonce in a session-backed view map).
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

  private static final List<String> STATEFUL_PREFIXES =
      List.of(
          "/login.xhtml",
          "/register.xhtml",
          "/forgot-password.xhtml",
          "/reset-password.xhtml",
          "/account.xhtml",
          "/checkout.xhtml",
          "/invitation.xhtml",
          "/admin.xhtml",
          "/admin/",
          "/dashboard/");

  public StatelessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && viewId != null) {
      root.setTransient(STATEFUL_PREFIXES.stream().noneMatch(viewId::startsWith));
    }
    return root;
  }
}
