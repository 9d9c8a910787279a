package org.koinagora.quotes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.shared.web.Pages;

/**
 * /quotes (one's requests, both sides) and /dashboard/quotes (those asked of one's enterprises).
 */
@Named
@RequestScoped
public class QuoteListBacking {

  @Inject private QuoteDesk desk;
  @Inject private CurrentUser currentUser;

  private List<QuoteDesk.View> all;

  /** The sign-in page first for a visitor. */
  public void load() {
    if (!currentUser.isSignedIn()) {
      Pages.redirect("/login?next=" + URLEncoder.encode(currentPath(), StandardCharsets.UTF_8));
    }
  }

  private static String currentPath() {
    String view = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return view.startsWith("/dashboard") ? "/dashboard/quotes" : "/quotes";
  }

  private List<QuoteDesk.View> all() {
    if (all == null) {
      all = currentUser.isSignedIn() ? desk.mine(currentUser.require()) : List.of();
    }
    return all;
  }

  /** The requests the user made. */
  public List<QuoteDesk.View> getAsked() {
    return all().stream().filter(QuoteDesk.View::buyer).toList();
  }

  /** The requests asked of an enterprise the user acts for. */
  public List<QuoteDesk.View> getIncoming() {
    return all().stream().filter(v -> !v.buyer()).toList();
  }
}
