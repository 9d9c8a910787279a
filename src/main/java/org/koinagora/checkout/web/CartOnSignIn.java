package org.koinagora.checkout.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.koinagora.accounts.web.SignedInBrowser;
import org.koinagora.checkout.Cart;
import org.koinagora.checkout.CartService;
import org.koinagora.checkout.Visitor;
import org.koinagora.shared.web.CartCount;

/**
 * On sign-in the visitor's cart joins the account's, and the header's count says what they hold
 * together.
 */
@ApplicationScoped
public class CartOnSignIn {

  @Inject private CartService carts;

  void signedIn(@Observes SignedInBrowser browser) {
    var visitor = new Visitor(browser.userId(), CartCookie.read(browser.request()).orElse(null));
    int items = carts.find(visitor).map(Cart::itemCount).orElse(0);
    CartCount.write(browser.request(), browser.response(), items);
  }
}
