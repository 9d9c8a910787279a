package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.fairs.CategoryQuotas;
import org.koinagora.fairs.Fair;
import org.koinagora.fairs.FairDirectory;
import org.koinagora.fairs.FairLottery;
import org.koinagora.fairs.Lottery;
import org.koinagora.fairs.Stand;
import org.koinagora.fairs.StandBooking;
import org.koinagora.fairs.StandFeature;
import org.koinagora.fairs.StandLimits;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.Formats;
import org.koinagora.shared.web.Pages;

/** /fairs/{id}: the fair, its floor plan (each stand a labelled link when free) and exhibitors. */
@Named
@RequestScoped
public class FairPageBacking {

  /** A stand as the floor plan draws it. */
  public record PlanStand(Stand stand, boolean free, String label, String features) {}

  @Inject private FairDirectory directory;
  @Inject private Formats formats;
  @Inject private Links links;
  @Inject private Lottery lottery;
  @Inject private CategoryQuotas categoryQuotas;

  private Long id;
  private Fair fair;
  private List<PlanStand> stands;
  private Optional<FairLottery> drawn;
  private List<StandLimits.Quota> quotas;
  private List<StandBooking> exhibitors;

  public void load() {
    fair = id == null ? null : directory.publicFair(id).orElse(null);
    if (fair == null) {
      Pages.sendError(404);
    }
  }

  public List<PlanStand> getStands() {
    if (stands == null) {
      Set<Long> taken = directory.takenStands(fair.getId());
      Map<Long, StandBooking> exhibited =
          getExhibitors().stream()
              .collect(Collectors.toMap(booking -> booking.getStand().getId(), booking -> booking));
      stands =
          fair.getStands().stream()
              .map(
                  stand ->
                      plan(stand, !taken.contains(stand.getId()), exhibited.get(stand.getId())))
              .toList();
    }
    return stands;
  }

  /** A stand's label names its exhibitors once confirmed (all of them on a shared stand). */
  private PlanStand plan(Stand stand, boolean free, StandBooking exhibitor) {
    Locale locale = locale();
    String features =
        stand.getFeatures().stream()
            .map(feature -> Texts.get(locale, "StandFeature." + feature.name()))
            .collect(Collectors.joining(", "));
    String label =
        Texts.get(
            locale,
            free ? "fair_page.stand.free" : "fair_page.stand.taken",
            stand.getCode(),
            stand.getWidth(),
            stand.getDepth(),
            stand.getPrice().isZero()
                ? Texts.get(locale, "fair_page.free_of_charge")
                : formats.money(stand.getPrice().decimal()),
            features.isEmpty() ? "—" : features);
    if (exhibitor != null) {
      label =
          Texts.get(
              locale,
              "fair_page.stand.exhibited",
              label,
              exhibitor.getExhibitingEnterprises().stream()
                  .map(Enterprise::getName)
                  .collect(Collectors.joining(", ")));
    }
    return new PlanStand(stand, free, label, features);
  }

  /** The published lottery, once drawn; null before. */
  public FairLottery getLottery() {
    if (drawn == null) {
      drawn = lottery.of(fair.getId());
    }
    return drawn.orElse(null);
  }

  /** The fair's category quotas with the stands left under each. */
  public List<StandLimits.Quota> getQuotas() {
    if (quotas == null) {
      quotas = categoryQuotas.of(fair.getId());
    }
    return quotas;
  }

  public long getFreeCount() {
    return getStands().stream().filter(PlanStand::free).count();
  }

  public List<StandBooking> getExhibitors() {
    if (exhibitors == null) {
      exhibitors = directory.exhibitors(fair.getId());
    }
    return exhibitors;
  }

  public boolean isOpenForBooking() {
    return fair.isOpenForBooking(Instant.now());
  }

  public String getTitle() {
    return fair.title(locale());
  }

  public String getDescription() {
    return fair.description(locale());
  }

  public String getJsonLd() {
    return EventJsonLd.of(fair, locale(), links.to(""));
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public StandFeature[] getAllFeatures() {
    return StandFeature.values();
  }

  public Fair getFair() {
    return fair;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
