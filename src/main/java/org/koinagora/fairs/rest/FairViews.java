package org.koinagora.fairs.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairLottery;
import org.koinagora.fairs.Stand;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandFeature;
import org.koinagora.fairs.StandLimits;
import org.koinagora.organisations.Organisation;
import org.koinagora.shared.Money;
import org.koinagora.shared.i18n.Texts;

/** The fair shapes of DESIGN.md's open-data API. */
public final class FairViews {

  private FairViews() {}

  public record Organiser(long id, String name) {}

  public record FairItem(
      long id,
      String title,
      Organiser organiser,
      List<Organiser> coOrganisers,
      String scope,
      Instant start,
      Instant end,
      String venue,
      String region,
      String bookingMode,
      String status,
      String url) {}

  public record StandItem(
      long id,
      String code,
      int x,
      int y,
      int width,
      int depth,
      Money price,
      List<String> features,
      boolean available) {}

  public record FairDetail(
      long id,
      String title,
      String description,
      Organiser organiser,
      List<Organiser> coOrganisers,
      String scope,
      Instant start,
      Instant end,
      String venue,
      String address,
      String region,
      String bookingMode,
      String status,
      String url,
      Instant bookingOpens,
      Instant bookingCloses,
      int maxStandsPerEnterprise,
      List<QuotaView> categoryQuotas,
      List<String> eligibleLegalForms,
      List<String> eligibleRegions,
      List<StandItem> stands,
      String cancelReason) {}

  /**
   * A category quota: the most stands under the category (and those below it), and how many are
   * booked.
   */
  public record QuotaView(long categoryId, String category, int max, int booked, int left) {}

  public record CategoryRef(long id, String name) {}

  public record FairList(long total, List<FairItem> items) {}

  public record Exhibitor(EnterpriseRef enterprise, String stand, String url) {}

  public record Exhibitors(long total, List<Exhibitor> items) {}

  public record FairRef(long id, String title) {}

  public record StandRef(long id, String code) {}

  @JsonbNillable
  public record BookingView(
      long id,
      FairRef fair,
      StandRef stand,
      EnterpriseRef enterprise,
      CategoryRef category,
      String status,
      Money fee,
      String feeReason,
      Instant holdExpiresAt,
      String reason,
      List<Sharer> coExhibitors) {}

  /** An enterprise invited to share a booked stand, as its booker and organisers see it. */
  public record Sharer(
      long id, EnterpriseRef enterprise, String status, Money share, Money fee, boolean feeDue) {}

  /** A drawn lottery: anyone can recompute every ticket from the seed and check the order. */
  public record LotteryView(
      long fairId, String seed, Instant drawnAt, String method, List<LotteryRow> tickets) {}

  public record LotteryRow(
      int rank,
      long application,
      String ticket,
      EnterpriseRef enterprise,
      String stand,
      boolean won) {}

  static LotteryView lottery(FairLottery lottery, Locale locale) {
    return new LotteryView(
        lottery.getFairId(),
        lottery.getSeed(),
        lottery.getDrawnAt(),
        Texts.get(locale, "lottery.method"),
        lottery.getTickets().stream()
            .map(
                ticket ->
                    new LotteryRow(
                        ticket.getRank(),
                        ticket.getApplication().getId(),
                        ticket.getTicket(),
                        new EnterpriseRef(
                            ticket.getApplication().getEnterprise().getId(),
                            ticket.getApplication().getEnterprise().getName()),
                        ticket.getApplication().getStand().getCode(),
                        ticket.isWon()))
            .toList());
  }

  static FairItem item(Fair fair, Locale locale) {
    return new FairItem(
        fair.getId(),
        fair.title(locale),
        organiser(fair.getOrganiser(), locale),
        coOrganisers(fair, locale),
        fair.getScope().name(),
        fair.getStartsAt(),
        fair.getEndsAt(),
        fair.getVenue(),
        fair.getOrganiser().getRegion().name(),
        fair.getBookingMode().name(),
        fair.getStatus().name(),
        "/fairs/" + fair.getId());
  }

  static List<QuotaView> quotas(List<StandLimits.Quota> quotas, Locale locale) {
    return quotas.stream()
        .map(
            quota ->
                new QuotaView(
                    quota.category().getId(),
                    quota.category().label(locale),
                    quota.max(),
                    quota.booked(),
                    quota.left()))
        .toList();
  }

  static FairDetail detail(
      Fair fair, Set<Long> taken, List<StandLimits.Quota> quotas, Locale locale) {
    List<StandItem> stands =
        fair.getStands().stream()
            .map(stand -> stand(stand, !taken.contains(stand.getId())))
            .toList();
    return new FairDetail(
        fair.getId(),
        fair.title(locale),
        fair.description(locale),
        organiser(fair.getOrganiser(), locale),
        coOrganisers(fair, locale),
        fair.getScope().name(),
        fair.getStartsAt(),
        fair.getEndsAt(),
        fair.getVenue(),
        fair.getAddress(),
        fair.getOrganiser().getRegion().name(),
        fair.getBookingMode().name(),
        fair.getStatus().name(),
        "/fairs/" + fair.getId(),
        fair.getBookingOpensAt(),
        fair.getBookingClosesAt(),
        fair.getMaxStandsPerEnterprise(),
        quotas(quotas, locale),
        fair.getEligibleLegalForms(),
        fair.getEligibleRegions(),
        stands,
        fair.getCancelReason());
  }

  static StandItem stand(Stand stand, boolean available) {
    return new StandItem(
        stand.getId(),
        stand.getCode(),
        stand.getX(),
        stand.getY(),
        stand.getWidth(),
        stand.getDepth(),
        stand.getPrice(),
        stand.getFeatures().stream().map(StandFeature::slug).sorted().toList(),
        available);
  }

  static BookingView booking(StandBooking booking, Locale locale) {
    return new BookingView(
        booking.getId(),
        new FairRef(booking.getFair().getId(), booking.getFair().title(locale)),
        new StandRef(booking.getStand().getId(), booking.getStand().getCode()),
        new EnterpriseRef(booking.getEnterprise().getId(), booking.getEnterprise().getName()),
        booking.getCategory() == null
            ? null
            : new CategoryRef(booking.getCategory().getId(), booking.getCategory().label(locale)),
        booking.getStatus().name(),
        booking.getFee(),
        booking.getFeeReason(),
        booking.getHoldExpiresAt(),
        booking.getReason(),
        booking.getCoExhibitors().stream()
            .map(
                co ->
                    new Sharer(
                        co.getId(),
                        new EnterpriseRef(co.getEnterprise().getId(), co.getEnterprise().getName()),
                        co.getStatus().name(),
                        co.getShare(),
                        co.getFee(),
                        co.isFeeDue()))
            .toList());
  }

  private static Organiser organiser(Organisation organisation, Locale locale) {
    return new Organiser(organisation.getId(), organisation.name(locale));
  }

  private static List<Organiser> coOrganisers(Fair fair, Locale locale) {
    return fair.getCoOrganisers().stream().map(o -> organiser(o, locale)).toList();
  }
}
