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
import org.koinagora.checkout.Cart;
import org.koinagora.checkout.CartService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.CartCount;

/**
 * The cart's plain forms, which need no session and no view state: {@code POST /cart/add} from the
 * (cached, stateless) product page, {@code /cart/update} and {@code /cart/remove} from the cart.
 * Each answers with a redirect: to the cart, which says what happened, or back to the form whose
 * quantity field then says what was wrong ({@code problem=}, {@code n=}, {@code listing=}).
 */
@WebServlet({"/cart/add", "/cart/update", "/cart/remove", "/cart/book", "/cart/unbook"})
public class CartServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient CartService carts;
  @Inject private transient CurrentUser currentUser;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cart = request.getContextPath() + "/cart";
    String action = request.getServletPath().substring("/cart/".length());
    long listing;
    try {
      listing = Long.parseLong(request.getParameter("listing"));
    } catch (NumberFormatException e) {
      response.sendRedirect(cart + "?problem=cart.quantity.invalid");
      return;
    }
    if ("book".equals(action) || "unbook".equals(action)) {
      slot(request, response, action, listing);
      return;
    }
    // a refusal goes back to the form it came from: the product page, or the cart's line
    String back =
        "add".equals(action)
            ? request.getContextPath() + "/products/" + listing + "?"
            : cart + "?listing=" + listing + "&";
    String field = "add".equals(action) ? "#quantity" : "#quantity-" + listing;
    int quantity;
    try {
      String typed = "remove".equals(action) ? "0" : request.getParameter("quantity");
      quantity = Integer.parseInt(typed == null ? "" : typed.strip());
    } catch (NumberFormatException e) {
      response.sendRedirect(back + "problem=cart.quantity.invalid&n=" + Cart.MAX_QUANTITY + field);
      return;
    }
    try {
      var visitor = CartCookie.visitor(request, response, currentUser.get(), "add".equals(action));
      switch (action) {
        case "add" -> {
          count(request, response, carts.add(visitor, listing, quantity));
          response.sendRedirect(cart + "?added=" + listing);
        }
        case "update" -> {
          if (quantity < 1) {
            response.sendRedirect(
                back + "problem=cart.quantity.invalid&n=" + Cart.MAX_QUANTITY + field);
            return;
          }
          count(request, response, carts.set(visitor, listing, quantity));
          response.sendRedirect(cart + "?updated=" + listing);
        }
        default -> {
          count(request, response, carts.set(visitor, listing, 0));
          response.sendRedirect(cart + "?removed=" + listing);
        }
      }
    } catch (BusinessException refused) {
      String arguments = firstArgument(refused);
      response.sendRedirect(back + "problem=" + refused.messageKey() + arguments + field);
    }
  }

  /**
   * {@code /cart/book} from a slot service's week view (its slot and number of people), {@code
   * /cart/unbook} from the cart. A refusal goes back to the week the slot was chosen in.
   */
  private void slot(
      HttpServletRequest request, HttpServletResponse response, String action, long listing)
      throws IOException {
    String slot = request.getParameter("slot");
    String week = request.getParameter("week");
    String back =
        request.getContextPath()
            + "/products/"
            + listing
            + "?"
            + (week != null && week.matches("\\d{4}-\\d{2}-\\d{2}") ? "week=" + week + "&" : "");
    try {
      var visitor = CartCookie.visitor(request, response, currentUser.get(), "book".equals(action));
      if ("unbook".equals(action)) {
        count(request, response, carts.unbook(visitor, listing, slot));
        response.sendRedirect(request.getContextPath() + "/cart?removed=" + listing);
        return;
      }
      int places;
      try {
        String typed = request.getParameter("quantity");
        places = Integer.parseInt(typed == null ? "" : typed.strip());
      } catch (NumberFormatException e) {
        response.sendRedirect(
            back + "problem=cart.quantity.invalid&n=" + Cart.MAX_QUANTITY + "#places");
        return;
      }
      count(request, response, carts.book(visitor, listing, slot, places));
      response.sendRedirect(request.getContextPath() + "/cart?added=" + listing);
    } catch (BusinessException refused) {
      String arguments = firstArgument(refused);
      String field = "quantity".equals(refused.field()) ? "#places" : "#slots";
      response.sendRedirect(back + "problem=" + refused.messageKey() + arguments + field);
    }
  }

  /** The refusal's first argument as {@code &n=}, for the page that shows it; or nothing. */
  private static String firstArgument(BusinessException refused) {
    return refused.arguments().length == 0
        ? ""
        : "&n=" + URLEncoder.encode(String.valueOf(refused.arguments()[0]), StandardCharsets.UTF_8);
  }

  private static void count(
      HttpServletRequest request, HttpServletResponse response, Cart changed) {
    CartCount.write(request, response, changed.itemCount());
  }
}
