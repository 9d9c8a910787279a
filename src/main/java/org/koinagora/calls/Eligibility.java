package org.koinagora.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.Formats;

/**
 * Whether an enterprise may make an offer on a call, with a reason for every rule it fails: the
 * enterprise is verified, of an eligible legal form (and Κοιν.Σ.Επ. kind), has a ΓΕΜΚΟ number if
 * asked, and a recent enough declaration of a high enough share of disadvantaged workers.
 */
public record Eligibility(List<Reason> failures) {

  /** One failed rule: a bundle key and its arguments (enum constants are shown by their label). */
  public record Reason(String key, Object... arguments) {

    public String text(Locale locale) {
      Object[] shown = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        shown[i] = label(arguments[i], locale);
      }
      return Texts.get(locale, key, shown);
    }
  }

  public static Eligibility of(
      Call call, Enterprise enterprise, EligibilityFacts facts, LocalDate today) {
    EligibilityFacts known = facts == null ? EligibilityFacts.NONE : facts;
    List<Reason> failures = new ArrayList<>();
    if (!enterprise.isPublic()) {
      failures.add(new Reason("eligibility.fails.not_verified"));
    }
    if (!call.getLegalForms().isEmpty()
        && !call.getLegalForms().contains(enterprise.getLegalForm())) {
      failures.add(
          new Reason(
              "eligibility.fails.legal_form",
              List.copyOf(call.getLegalForms()),
              enterprise.getLegalForm()));
    }
    if (!call.getKoinsepKinds().isEmpty()
        && (enterprise.getLegalForm() != LegalForm.KOINSEP
            || known.koinsepKind() == null
            || !call.getKoinsepKinds().contains(known.koinsepKind()))) {
      failures.add(
          new Reason("eligibility.fails.koinsep_kind", List.copyOf(call.getKoinsepKinds())));
    }
    if (call.isRequiresGemko() && (known.gemkoNumber() == null || known.gemkoNumber().isBlank())) {
      failures.add(new Reason("eligibility.fails.gemko"));
    }
    BigDecimal minimum = call.getMinDisadvantagedShare();
    if (minimum != null && minimum.signum() > 0) {
      if (known.disadvantagedShare() == null || known.declaredOn() == null) {
        failures.add(
            new Reason(
                "eligibility.fails.share_missing", minimum.stripTrailingZeros().toPlainString()));
      } else {
        if (known.disadvantagedShare().compareTo(minimum) < 0) {
          failures.add(
              new Reason(
                  "eligibility.fails.share_low",
                  minimum.stripTrailingZeros().toPlainString(),
                  known.disadvantagedShare().stripTrailingZeros().toPlainString()));
        }
        if (known.declaredOn().isBefore(call.oldestDeclaration(today))) {
          failures.add(
              new Reason(
                  "eligibility.fails.share_old",
                  known.declaredOn(),
                  call.getDeclarationMaxMonths()));
        }
      }
    }
    return new Eligibility(List.copyOf(failures));
  }

  public boolean eligible() {
    return failures.isEmpty();
  }

  /** Every reason, one sentence each, in the reader's language. */
  public String explain(Locale locale) {
    return failures.stream().map(r -> r.text(locale)).collect(Collectors.joining(" "));
  }

  public List<String> reasons(Locale locale) {
    return failures.stream().map(r -> r.text(locale)).toList();
  }

  private static Object label(Object argument, Locale locale) {
    if (argument instanceof LegalForm form) {
      return Texts.get(locale, "LegalForm." + form.name());
    }
    if (argument instanceof KoinsepKind kind) {
      return Texts.get(locale, "KoinsepKind." + kind.name());
    }
    if (argument instanceof LocalDate date) {
      return Formats.dayIn(date.atStartOfDay(Call.ATHENS).toInstant(), locale);
    }
    if (argument instanceof List<?> list) {
      return list.stream()
          .map(item -> String.valueOf(label(item, locale)))
          .collect(Collectors.joining(", "));
    }
    if (argument instanceof Number number) {
      return String.valueOf(number);
    }
    return argument;
  }
}
