package org.koinagora.checkout.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.CartService;
import org.koinagora.shared.BusinessException;

/**
 * {@code POST /cart/add} from the (cached, stateless) product page's plain form: puts the listing in
 * the cart and goes to the cart, which says what happened.
 */
@WebServlet("/cart/add")
public class CartServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient CartService carts;
  @Inject private transient CurrentUser currentUser;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String cart = request.getContextPath() + "/cart";
    long listing;
    int quantity;
    try {
      listing = Long.parseLong(request.getParameter("listing"));
      quantity = Integer.parseInt(request.getParameter("quantity") == null ? "1" : request.getParameter("quantity").strip());
    } catch (NumberFormatException | NullPointerException e) {
      response.sendRedirect(cart + "?problem=cart.quantity.invalid");
      return;
    }
    try {
      carts.add(CartCookie.visitor(request, response, currentUser.get(), true), listing, quantity);
      response.sendRedirect(cart + "?added=" + listing);
    } catch (BusinessException refused) {
      String arguments = refused.arguments().length == 0 ? "" : "&n=" + URLEncoder.encode(String.valueOf(refused.arguments()[0]), StandardCharsets.UTF_8);
      response.sendRedirect(cart + "?problem=" + refused.messageKey() + arguments + "&listing=" + listing);
    }
  }
}
