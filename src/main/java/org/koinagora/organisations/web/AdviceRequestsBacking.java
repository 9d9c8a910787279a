package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.organisations.AdviceDesk;
import org.koinagora.organisations.AdviceRequest;
import org.koinagora.organisations.Organisation;

/**
 * Requests for advice as lists: a support centre's, on its staff's dashboard ({@code
 * WEB-INF/includes/advice-requests}), and the ones a person made, on /account.
 */
@Named
@RequestScoped
public class AdviceRequestsBacking {

  @Inject private AdviceDesk desk;
  @Inject private CurrentUser currentUser;

  private List<Organisation> centres;
  private List<AdviceRequest> mine;
  private final Map<Long, List<AdviceRequest>> received = new HashMap<>();

  /** The support centres whose staff the signed-in person is (usually none or one). */
  public List<Organisation> getCentres() {
    if (centres == null) {
      centres = currentUser.get().map(desk::centresOf).orElse(List.of());
    }
    return centres;
  }

  /** The centre's requests, open ones first (read once per page). */
  public List<AdviceRequest> of(Organisation centre) {
    return received.computeIfAbsent(centre.getId(), id -> desk.ofCentre(currentUser.require(), id));
  }

  public List<AdviceRequest> getMine() {
    if (mine == null) {
      mine = currentUser.get().map(desk::ofRequester).orElse(List.of());
    }
    return mine;
  }
}
