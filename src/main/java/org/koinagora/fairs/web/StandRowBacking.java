package org.koinagora.fairs.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koinagora.fairs.FairService;
import org.koinagora.fairs.StandFeature;
import org.koinagora.fairs.StandRow;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.validation.Violations;
import org.koinagora.shared.web.FormErrors;

/**
 * /dashboard/municipality, a draft's "add a row of stands": the letter, the number of stands and
 * the price must be given (0 for free stands); an empty form makes nothing and says, next to each
 * field, what it needs.
 */
@Named
@RequestScoped
public class StandRowBacking {

  private static final List<String> FIELDS = List.of("prefix", "count", "y", "price");

  @Inject private OrganiserDesk desk;
  @Inject private FairService fairs;
  @Inject private FormErrors formErrors;

  // pages bind map values as text: a map does not tell Faces what type its values have
  private final Map<Long, Map<String, String>> typed = new HashMap<>();
  private final Map<Long, Map<String, String>> problems = new HashMap<>();
  private final Map<Long, Object[]> arguments = new HashMap<>();

  /** What is typed into one fair's row form, by field. */
  public Map<String, String> rowOf(long fairId) {
    return typed.computeIfAbsent(fairId, id -> new HashMap<>());
  }

  public void addRow(long fairId) {
    Map<String, String> row = rowOf(fairId);
    Map<String, String> found = new LinkedHashMap<>();
    String prefix = Typed.text(row.get("prefix"));
    Integer count = Typed.wholeNumber(row.get("count"));
    // the distance from the top may stay empty: the row then runs along the top of the plan
    Integer y =
        Typed.text(row.get("y")) == null ? Integer.valueOf(0) : Typed.wholeNumber(row.get("y"));
    BigDecimal price = Typed.decimal(row.get("price"));
    if (prefix == null) {
      found.put("prefix", "stand.prefix.invalid");
    }
    if (count == null) {
      found.put("count", "stand.count.invalid");
    }
    if (y == null) {
      found.put("y", "stand.position.invalid");
    }
    if (price == null) {
      found.put("price", "stand.price.invalid");
    }
    if (found.isEmpty()) {
      try {
        var stands =
            new StandRow(
                prefix.toUpperCase(Locale.ROOT),
                count,
                0,
                y,
                3,
                3,
                price,
                EnumSet.noneOf(StandFeature.class));
        fairs.addRow(desk.staff(), fairId, stands);
        formErrors.info("organiser.row_added");
        desk.changed();
        return;
      } catch (ConstraintViolationException e) {
        e.getConstraintViolations()
            .forEach(
                v ->
                    found.putIfAbsent(
                        field(Violations.field(v)), OrganiserDesk.keyOf(v.getMessageTemplate())));
      } catch (BusinessException e) {
        found.put(field(e.field()), e.messageKey());
        arguments.put(fairId, e.arguments());
      }
    }
    problems.put(fairId, found);
    FacesContext.getCurrentInstance().validationFailed();
    formErrors.error("organiser.row_not_added");
  }

  /** The message for one field of a fair's add-row form, or null when it is fine. */
  public String problem(long fairId, String field) {
    String key = problems.getOrDefault(fairId, Map.of()).get(field);
    return key == null
        ? null
        : Texts.get(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(),
            key,
            arguments.getOrDefault(fairId, new Object[0]));
  }

  /** Rules about the row as a whole (it would overlap, leave the plan) are shown at its count. */
  private static String field(String field) {
    return field != null && FIELDS.contains(field) ? field : "count";
  }
}
