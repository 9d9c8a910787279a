package org.koinagora.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.calls.CallOffer;
import org.koinagora.calls.Offers;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * "My offers" on /dashboard/enterprise: the offers of the member's enterprises on calls, and the
 * joint offers that name one of them as a partner, which it accepts here.
 */
@Named
@RequestScoped
public class MyOffersBacking {

  @Inject private Offers offers;
  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;

  private List<Offers.Opened> mine;
  private String pick;

  public List<Offers.Opened> getOffers() {
    if (mine == null) {
      mine = currentUser.get().map(offers::mine).orElse(List.of());
    }
    return mine;
  }

  /** Joint offers naming one of the member's enterprises that it has not accepted yet. */
  public List<Pending> getPending() {
    List<Enterprise> theirs =
        currentUser.get().map(u -> enterprises.ofMember(u.id())).orElse(List.of());
    return getOffers().stream()
        .map(Offers.Opened::offer)
        .flatMap(
            o ->
                o.getPartners().stream()
                    .filter(p -> !p.isAccepted())
                    .filter(
                        p -> theirs.stream().anyMatch(e -> e.getId().equals(p.getEnterpriseId())))
                    .map(p -> new Pending(o, p.getEnterpriseId())))
        .toList();
  }

  /** A joint offer one of the member's enterprises may accept ({@code key}: "offer-enterprise"). */
  public record Pending(CallOffer offer, long partnerId) {
    public String getKey() {
      return offer.getId() + "-" + partnerId;
    }
  }

  public void accept() {
    try {
      String[] parts = pick == null ? new String[0] : pick.split("-");
      if (parts.length != 2) {
        formErrors.fieldError("joint", "pick", "my_offers.pick.required");
        return;
      }
      offers.accept(currentUser.require(), Long.parseLong(parts[0]), Long.parseLong(parts[1]));
      formErrors.info("my_offers.accepted");
      Pages.redirect("/dashboard/enterprise#offers-title");
    } catch (NumberFormatException e) {
      formErrors.fieldError("joint", "pick", "my_offers.pick.required");
    } catch (BusinessException e) {
      formErrors.show("joint", e);
    }
  }

  public String partnerName(long id) {
    Enterprise enterprise = offers.enterprise(id);
    return enterprise == null ? "" : enterprise.getName();
  }

  public String getPick() {
    return pick;
  }

  public void setPick(String pick) {
    this.pick = pick;
  }
}
