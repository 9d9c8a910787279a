package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.StandBooking;

/**
 * /dashboard/municipality, the overview: the organiser's fairs with their bookings, and a draft
 * published. Each part of a fair's panel has its own bean (rows, applications, closing).
 */
@Named
@RequestScoped
public class MunicipalityBacking {

  @Inject private OrganiserDesk desk;
  @Inject private FairService fairs;

  public List<Fair> getMine() {
    return desk.mine();
  }

  public List<StandBooking> bookingsOf(long fairId) {
    return desk.bookingsOf(fairId);
  }

  /** Whether the signed-in staff belong to the fair's lead organiser (or to a co-organiser). */
  public boolean leads(Fair fair) {
    return fair.isLedBy(desk.staff().id());
  }

  public void publish(long fairId) {
    desk.act(() -> fairs.publish(desk.staff(), fairId), "organiser.published");
  }
}
