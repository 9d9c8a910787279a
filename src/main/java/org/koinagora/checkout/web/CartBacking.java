package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.CartLine;
import org.koinagora.checkout.CartService;
import org.koinagora.checkout.Visitor;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.CartCount;
import org.koinagora.shared.web.FormErrors;

/**
 * /cart: what the visitor chose, by enterprise, priced now; its lines change through {@link
 * CartServlet}.
 */
@Named
@RequestScoped
public class CartBacking {

  /** One enterprise's lines in the cart. */
  public record Group(Enterprise enterprise, List<CartLine> lines, BigDecimal subtotal) {}

  @Inject private CartService carts;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private HttpServletRequest request;

  private List<Group> groups;

  /** Says what the cart's plain forms (a POST to {@link CartServlet}, then a redirect here) did. */
  public void load() {
    // the cart page is where a count that went stale (a sign-in that joined two carts) is put right
    CartCount.write(
        request,
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse(),
        getGroups().stream()
            .flatMap(group -> group.lines().stream())
            .mapToInt(CartLine::quantity)
            .sum());
    if (request.getParameter("added") != null) {
      formErrors.info("cart.added");
    } else if (request.getParameter("updated") != null) {
      formErrors.info("cart.updated");
    } else if (request.getParameter("removed") != null) {
      formErrors.info("cart.removed");
    } else if (problem() != null && request.getParameter("listing") == null) {
      formErrors.error(problem(), argument());
    }
  }

  /** What was wrong with the quantity typed for this line, or null: shown next to its field. */
  public String problemFor(long listingId) {
    return problem() != null && String.valueOf(listingId).equals(request.getParameter("listing"))
        ? Texts.get(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem(), argument())
        : null;
  }

  private String problem() {
    String problem = request.getParameter("problem");
    return problem != null && problem.matches("cart\\.[a-z_.]{1,40}") ? problem : null;
  }

  private String argument() {
    String n = request.getParameter("n");
    return n == null || !n.matches("\\d{1,6}") ? "" : n;
  }

  public List<Group> getGroups() {
    if (groups == null) {
      groups =
          CartService.byEnterprise(carts.find(visitor()).map(carts::lines).orElse(List.of()))
              .entrySet()
              .stream()
              .map(
                  entry ->
                      new Group(
                          entry.getKey(),
                          entry.getValue(),
                          entry.getValue().stream()
                              .map(CartLine::total)
                              .reduce(BigDecimal.ZERO, BigDecimal::add)))
              .toList();
    }
    return groups;
  }

  public BigDecimal getTotal() {
    return getGroups().stream().map(Group::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Whether every line can be ordered as it is. */
  public boolean isReady() {
    return !getGroups().isEmpty()
        && getGroups().stream().allMatch(group -> group.lines().stream().allMatch(CartLine::isOk));
  }

  private Visitor visitor() {
    var context = FacesContext.getCurrentInstance().getExternalContext();
    return CartCookie.visitor(
        request, (HttpServletResponse) context.getResponse(), currentUser.get(), false);
  }
}
