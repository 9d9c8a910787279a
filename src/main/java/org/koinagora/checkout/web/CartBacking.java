package org.koinagora.checkout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.CartLine;
import org.koinagora.checkout.CartService;
import org.koinagora.checkout.Visitor;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;

/** /cart: what the visitor chose, by enterprise, priced now; quantities changed or removed. */
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
  private final Map<Long, String> quantities = new HashMap<>();

  /** Says what the add-to-cart form (a plain POST, then a redirect here) did. */
  public void load() {
    // messages added before rendering take the page's language, not the default
    FacesContext.getCurrentInstance().getViewRoot().setLocale(org.koinagora.shared.i18n.Language.of(request).locale());
    String added = request.getParameter("added");
    String problem = request.getParameter("problem");
    if (added != null) {
      formErrors.info("cart.added");
    } else if (problem != null && problem.matches("cart\\.[a-z_.]+")) {
      formErrors.error(problem, request.getParameter("n") == null ? "" : request.getParameter("n"));
    }
  }

  public List<Group> getGroups() {
    if (groups == null) {
      groups = CartService.byEnterprise(carts.find(visitor()).map(carts::lines).orElse(List.of())).entrySet().stream()
          .map(entry -> new Group(entry.getKey(), entry.getValue(),
              entry.getValue().stream().map(CartLine::total).reduce(BigDecimal.ZERO, BigDecimal::add)))
          .toList();
      groups.forEach(group -> group.lines().forEach(line -> quantities.putIfAbsent(line.listing().getId(), String.valueOf(line.quantity()))));
    }
    return groups;
  }

  public BigDecimal getTotal() {
    return getGroups().stream().map(Group::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Whether every line can be ordered as it is. */
  public boolean isReady() {
    return !getGroups().isEmpty() && getGroups().stream().allMatch(group -> group.lines().stream().allMatch(CartLine::isOk));
  }

  public void update(long listingId) {
    try {
      String typed = quantities.get(listingId);
      int quantity = Integer.parseInt(typed == null ? "" : typed.strip());
      carts.set(visitor(), listingId, quantity);
      formErrors.info("cart.updated");
    } catch (NumberFormatException e) {
      formErrors.error("cart.quantity.invalid", org.koinagora.checkout.Cart.MAX_QUANTITY);
    } catch (BusinessException e) {
      formErrors.show("cart", e);
    }
    groups = null;
  }

  public void remove(long listingId) {
    carts.set(visitor(), listingId, 0);
    quantities.remove(listingId);
    formErrors.info("cart.removed");
    groups = null;
  }

  private Visitor visitor() {
    var context = FacesContext.getCurrentInstance().getExternalContext();
    return CartCookie.visitor(request, (HttpServletResponse) context.getResponse(), currentUser.get(), false);
  }

  public Map<Long, String> getQuantities() {
    return quantities;
  }
}
