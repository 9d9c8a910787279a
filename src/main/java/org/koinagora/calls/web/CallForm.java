package org.koinagora.calls.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDraft;
import org.koinagora.calls.KoinsepKind;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.TypedNumbers;
import org.koinagora.shared.web.BilingualInput;

/** What the call form holds as typed; dates are Athens time ({@code datetime-local}). */
public class CallForm {

  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  private BilingualInput title = new BilingualInput();
  private BilingualInput description = new BilingualInput();
  private String category;
  private List<String> regions = new ArrayList<>();
  private List<String> legalForms = new ArrayList<>(List.of(LegalForm.KOINSEP.name()));
  private List<String> koinsepKinds = new ArrayList<>();
  private boolean requiresGemko;
  private String minDisadvantagedShare;
  private String declarationMaxMonths = "12";
  private String budget;
  private String questionDeadline;
  private String offerDeadline;

  public static CallForm of(Call call) {
    CallForm form = new CallForm();
    form.title = BilingualInput.of(call.getTitle());
    form.description = BilingualInput.of(call.getDescription());
    form.category = call.getCategory();
    form.regions = new ArrayList<>(call.getRegions().stream().map(Enum::name).toList());
    form.legalForms = new ArrayList<>(call.getLegalForms().stream().map(Enum::name).toList());
    form.koinsepKinds = new ArrayList<>(call.getKoinsepKinds().stream().map(Enum::name).toList());
    form.requiresGemko = call.isRequiresGemko();
    form.minDisadvantagedShare =
        call.getMinDisadvantagedShare() == null
            ? null
            : call.getMinDisadvantagedShare().stripTrailingZeros().toPlainString();
    form.declarationMaxMonths = String.valueOf(call.getDeclarationMaxMonths());
    form.budget = call.getBudget() == null ? null : call.getBudget().toPlainString();
    form.questionDeadline = local(call.getQuestionDeadline());
    form.offerDeadline = local(call.getOfferDeadline());
    return form;
  }

  /** The draft for the service; 400 naming the field for a number or time that is not one. */
  public CallDraft draft(Locale locale) {
    return new CallDraft(
        title.getEl(),
        title.getEn(),
        description.getEl(),
        description.getEn(),
        category,
        enums(Region.class, regions),
        enums(LegalForm.class, legalForms),
        enums(KoinsepKind.class, koinsepKinds),
        requiresGemko,
        decimal(minDisadvantagedShare, "minDisadvantagedShare", locale),
        whole(declarationMaxMonths, "declarationMaxMonths"),
        decimal(budget, "budget", locale),
        instant(questionDeadline, "questionDeadline"),
        instant(offerDeadline, "offerDeadline"));
  }

  private static String local(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, ATHENS).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  private static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(ATHENS).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "call.date.invalid");
    }
  }

  private static BigDecimal decimal(String text, String field, Locale locale) {
    if (TypedNumbers.isBlank(text)) {
      return null;
    }
    return TypedNumbers.read(text, locale)
        .orElseThrow(() -> new InvalidInputException(field, "call.number.invalid"));
  }

  private static Integer whole(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "call.declarationMaxMonths.range");
    }
  }

  private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : names == null ? List.<String>of() : names) {
      try {
        values.add(Enum.valueOf(type, name));
      } catch (IllegalArgumentException e) {
        // a value no checkbox offers: left out
      }
    }
    return values;
  }

  public BilingualInput getTitle() {
    return title;
  }

  public BilingualInput getDescription() {
    return description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions;
  }

  public List<String> getLegalForms() {
    return legalForms;
  }

  public void setLegalForms(List<String> legalForms) {
    this.legalForms = legalForms;
  }

  public List<String> getKoinsepKinds() {
    return koinsepKinds;
  }

  public void setKoinsepKinds(List<String> koinsepKinds) {
    this.koinsepKinds = koinsepKinds;
  }

  public boolean isRequiresGemko() {
    return requiresGemko;
  }

  public void setRequiresGemko(boolean requiresGemko) {
    this.requiresGemko = requiresGemko;
  }

  public String getMinDisadvantagedShare() {
    return minDisadvantagedShare;
  }

  public void setMinDisadvantagedShare(String minDisadvantagedShare) {
    this.minDisadvantagedShare = minDisadvantagedShare;
  }

  public String getDeclarationMaxMonths() {
    return declarationMaxMonths;
  }

  public void setDeclarationMaxMonths(String declarationMaxMonths) {
    this.declarationMaxMonths = declarationMaxMonths;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getQuestionDeadline() {
    return questionDeadline;
  }

  public void setQuestionDeadline(String questionDeadline) {
    this.questionDeadline = questionDeadline;
  }

  public String getOfferDeadline() {
    return offerDeadline;
  }

  public void setOfferDeadline(String offerDeadline) {
    this.offerDeadline = offerDeadline;
  }
}
