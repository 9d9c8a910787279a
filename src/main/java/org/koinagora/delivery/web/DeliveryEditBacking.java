package org.koinagora.delivery.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.delivery.DeliveryDraft;
import org.koinagora.delivery.DeliveryRate;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.delivery.DeliveryTerms;
import org.koinagora.delivery.DeliveryZone;
import org.koinagora.delivery.TypedAmounts;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Money;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.i18n.TypedNumbers;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/delivery?enterprise=: how the enterprise sends what it sells. A few rows of weight
 * bands, each with an amount per zone (one row without a weight: a flat rate); free delivery from
 * an amount; a minimum order. Or: it does not deliver, or delivers as agreed with no charge.
 */
@Named
@ViewScoped
public class DeliveryEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int ROWS = 5;

  /** What the enterprise chose: rates, no delivery at all, or as agreed with each buyer. */
  public enum Mode {
    RATES,
    NONE,
    AS_AGREED
  }

  /** One weight band: up to how many grams (blank: any weight) and the amount per zone. */
  public static class BandRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String upToGrams;
    private String ownRegion;
    private String mainland;
    private String islands;

    String amount(DeliveryZone zone) {
      return switch (zone) {
        case OWN_REGION -> ownRegion;
        case MAINLAND -> mainland;
        case ISLANDS -> islands;
      };
    }

    void amount(DeliveryZone zone, String typed) {
      switch (zone) {
        case OWN_REGION -> ownRegion = typed;
        case MAINLAND -> mainland = typed;
        case ISLANDS -> islands = typed;
      }
    }

    boolean isBlank() {
      return TypedNumbers.isBlank(upToGrams)
          && TypedNumbers.isBlank(ownRegion)
          && TypedNumbers.isBlank(mainland)
          && TypedNumbers.isBlank(islands);
    }

    public String getUpToGrams() {
      return upToGrams;
    }

    public void setUpToGrams(String upToGrams) {
      this.upToGrams = upToGrams;
    }

    public String getOwnRegion() {
      return ownRegion;
    }

    public void setOwnRegion(String ownRegion) {
      this.ownRegion = ownRegion;
    }

    public String getMainland() {
      return mainland;
    }

    public void setMainland(String mainland) {
      this.mainland = mainland;
    }

    public String getIslands() {
      return islands;
    }

    public void setIslands(String islands) {
      this.islands = islands;
    }
  }

  @Inject private transient DeliveryService delivery;
  @Inject private transient EnterpriseAccess access;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private Long enterprise;
  private String enterpriseName;
  private String mode = Mode.AS_AGREED.name();
  private String freeAbove;
  private String minimumOrder;
  private final List<BandRow> bands = new ArrayList<>();
  private transient List<String> rateInputs = List.of();

  public void load() {
    try {
      var acting = access.actingFor(currentUser.require(), enterprise);
      enterprise = acting.enterprise().getId();
      enterpriseName = acting.enterprise().getName();
      if (!bands.isEmpty()) {
        return; // a postback
      }
      delivery.of(enterprise).ifPresent(this::fill);
      while (bands.size() < ROWS) {
        bands.add(new BandRow());
      }
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    } catch (InvalidInputException e) {
      Pages.sendError(404); // a member of several enterprises who named none
    }
  }

  private void fill(DeliveryTerms terms) {
    mode = (terms.delivers() ? Mode.RATES : Mode.NONE).name();
    freeAbove = typed(terms.getFreeAbove());
    minimumOrder = typed(terms.getMinimumOrder());
    for (DeliveryRate rate : terms.getRates()) {
      String grams = rate.getUpToGrams() == null ? "" : rate.getUpToGrams().toString();
      BandRow row =
          bands.stream()
              .filter(band -> grams.equals(band.getUpToGrams() == null ? "" : band.getUpToGrams()))
              .findFirst()
              .orElseGet(
                  () -> {
                    BandRow added = new BandRow();
                    added.setUpToGrams(grams);
                    bands.add(added);
                    return added;
                  });
      row.amount(rate.getZone(), typed(rate.getAmount()));
    }
    bands.sort(
        Comparator.comparing(
            (BandRow band) ->
                TypedNumbers.isBlank(band.getUpToGrams())
                    ? Integer.MAX_VALUE
                    : Integer.parseInt(band.getUpToGrams())));
  }

  private String typed(Money money) {
    return money == null
        ? ""
        : money.getAmount().replace('.', locale().getLanguage().equals("el") ? ',' : '.');
  }

  public void save() {
    try {
      Mode chosen = Mode.valueOf(mode == null ? Mode.AS_AGREED.name() : mode);
      if (chosen == Mode.AS_AGREED) {
        delivery.clear(currentUser.require(), enterprise);
      } else {
        delivery.set(currentUser.require(), enterprise, draft(chosen));
      }
      formErrors.info("delivery_page.saved");
      Pages.redirect("/dashboard/delivery?enterprise=" + enterprise);
    } catch (IllegalArgumentException e) {
      formErrors.messageFor("delivery:mode", "delivery.mode.required");
    } catch (RowError e) {
      formErrors.messageFor(e.clientId, e.refusal.messageKey(), e.refusal.arguments());
    } catch (InvalidInputException e) {
      RowError row = atRate(e);
      if (row == null) {
        formErrors.show("delivery", e);
      } else {
        formErrors.messageFor(row.clientId, e.messageKey(), e.arguments());
      }
    } catch (BusinessException e) {
      formErrors.show("delivery", e);
    }
  }

  /** A refusal about one input of a repeated row, by its client id. */
  private static final class RowError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient String clientId;
    final transient InvalidInputException refusal;

    RowError(String clientId, InvalidInputException refusal) {
      super(refusal.messageKey(), null, false, false);
      this.clientId = clientId;
      this.refusal = refusal;
    }
  }

  private DeliveryDraft draft(Mode chosen) {
    Money free = TypedAmounts.read(freeAbove, locale(), "freeAbove");
    Money minimum = TypedAmounts.read(minimumOrder, locale(), "minimumOrder");
    List<DeliveryRate> rates = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    if (chosen == Mode.RATES) {
      for (int i = 0; i < bands.size(); i++) {
        BandRow row = bands.get(i);
        if (row.isBlank()) {
          continue;
        }
        String prefix = "delivery:bands:" + i + ":";
        Integer grams = grams(row.getUpToGrams(), prefix + "upToGrams");
        for (DeliveryZone zone : DeliveryZone.values()) {
          String input = prefix + input(zone);
          try {
            Money amount = TypedAmounts.read(row.amount(zone), locale(), input);
            if (amount != null) {
              rates.add(new DeliveryRate(zone, grams, amount));
              inputs.add(input);
            }
          } catch (InvalidInputException e) {
            throw new RowError(input, e);
          }
        }
      }
      if (rates.isEmpty()) {
        throw new RowError(
            "delivery:bands:0:mainland",
            new InvalidInputException("rates", "delivery.rates.required"));
      }
    }
    rateInputs = inputs;
    return new DeliveryDraft(free, minimum, rates);
  }

  /** A refusal about the i-th rate sent, shown next to the input it came from. */
  private RowError atRate(InvalidInputException e) {
    var row = Pattern.compile("rates\\[(\\d+)]\\.(\\w+)").matcher(String.valueOf(e.field()));
    if (!row.matches() || Integer.parseInt(row.group(1)) >= rateInputs.size()) {
      return null;
    }
    String input = rateInputs.get(Integer.parseInt(row.group(1)));
    return new RowError(
        row.group(2).equals("upToGrams")
            ? input.substring(0, input.lastIndexOf(':') + 1) + "upToGrams"
            : input,
        e);
  }

  private static Integer grams(String typed, String clientId) {
    if (TypedNumbers.isBlank(typed)) {
      return null;
    }
    String digits = typed.strip().replace(".", "").replace(" ", "");
    if (!digits.matches("\\d{1,6}")) {
      throw new RowError(
          clientId,
          new InvalidInputException(clientId, "delivery.grams.invalid", DeliveryDraft.MAX_GRAMS));
    }
    return Integer.valueOf(digits);
  }

  private static String input(DeliveryZone zone) {
    return switch (zone) {
      case OWN_REGION -> "ownRegion";
      case MAINLAND -> "mainland";
      case ISLANDS -> "islands";
    };
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Long getEnterprise() {
    return enterprise;
  }

  public void setEnterprise(Long enterprise) {
    this.enterprise = enterprise;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getFreeAbove() {
    return freeAbove;
  }

  public void setFreeAbove(String freeAbove) {
    this.freeAbove = freeAbove;
  }

  public String getMinimumOrder() {
    return minimumOrder;
  }

  public void setMinimumOrder(String minimumOrder) {
    this.minimumOrder = minimumOrder;
  }

  public List<BandRow> getBands() {
    return bands;
  }
}
