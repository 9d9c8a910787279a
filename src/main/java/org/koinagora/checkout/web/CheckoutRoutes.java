package org.koinagora.checkout.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.koinagora.shared.web.PageRoutes;

/** The checkout form keeps its view state (the cart's forms work without one). */
@ApplicationScoped
public class CheckoutRoutes implements PageRoutes {

  @Override
  public List<String> statefulViews() {
    return List.of("/checkout.xhtml");
  }
}
