package org.koinagora.calls.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDraft;
import org.koinagora.calls.CallOffer;
import org.koinagora.calls.CallQuestion;
import org.koinagora.calls.CallStatus;
import org.koinagora.calls.EligibilityFacts;
import org.koinagora.calls.KoinsepKind;
import org.koinagora.calls.Offers;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.Links;
import org.koinagora.shared.Money;
import org.koinagora.shared.documents.DocumentInfo;

/** The call shapes of the open-data API (issue 15, 3) and the bodies its writers send. */
public final class CallViews {

  private CallViews() {}

  public record Ref(long id, String name) {}

  public record Question(long id, String question, String answer, Instant answeredAt) {}

  @JsonbNillable
  public record Eligibility(
      List<String> legalForms,
      List<String> koinsepKinds,
      boolean requiresGemko,
      String minDisadvantagedShare,
      int declarationMaxMonths) {}

  @JsonbNillable
  public record Award(Ref enterprise, Money price, String reason, Instant awardedAt) {}

  /** A call as anyone reads it: never an offer's content, only how many there are. */
  @JsonbNillable
  public record CallView(
      long id,
      String title,
      String description,
      Ref organiser,
      String category,
      List<String> regions,
      Eligibility eligibility,
      Money budget,
      Instant questionDeadline,
      Instant offerDeadline,
      String status,
      long offers,
      Award award,
      List<Question> questions,
      List<DocumentInfo> documents,
      String url) {}

  public record CallList(int total, List<CallView> items) {}

  /** A staff member's view adds the unanswered questions (still without the asker). */
  @JsonbNillable
  public record StaffCall(CallView call, List<Question> allQuestions, Long awardOrderId) {}

  @JsonbNillable
  public record OfferView(
      long id,
      long callId,
      String callTitle,
      Ref enterprise,
      Money price,
      String note,
      List<PartnerView> partners,
      String status,
      Instant submittedAt,
      Instant replacedAt,
      Instant withdrawnAt,
      List<DocumentInfo> documents) {}

  @JsonbNillable
  public record PartnerView(long id, String name, boolean accepted) {}

  public record OfferList(int total, List<OfferView> items) {}

  // ---- request bodies ----

  public record Text(String el, String en) {}

  public record CallBody(
      Long organisationId,
      Text title,
      Text description,
      String category,
      List<String> regions,
      EligibilityBody eligibility,
      String budget,
      String questionDeadline,
      String offerDeadline) {}

  public record EligibilityBody(
      List<String> legalForms,
      List<String> koinsepKinds,
      Boolean requiresGemko,
      String minDisadvantagedShare,
      Integer declarationMaxMonths) {}

  public record QuestionBody(String question, Long enterprise) {}

  public record AnswerBody(String answer) {}

  public record OfferBody(String price, String note, List<Long> partners, Long enterprise) {}

  /** The award; afm, doy, reference and vatRate go on the public body's order (all optional). */
  public record AwardBody(
      Long offerId, String reason, String afm, String doy, String reference, Integer vatRate) {}

  public record CancelBody(String reason) {}

  public record FactsBody(
      String koinsepKind, String gemkoNumber, String disadvantagedShare, String declaredOn) {}

  @JsonbNillable
  public record FactsView(
      long enterprise,
      String koinsepKind,
      String gemkoNumber,
      String disadvantagedShare,
      LocalDate declaredOn) {}

  // ---- mapping ----

  public static CallView call(
      Call call,
      long offers,
      List<CallQuestion> answered,
      List<DocumentInfo> documents,
      Links links,
      Locale locale) {
    Instant now = Instant.now();
    Award award = null;
    if (call.getCurrentStatus() == CallStatus.AWARDED && call.getAwardOffer() != null) {
      CallOffer winner = call.getAwardOffer();
      award =
          new Award(
              new Ref(winner.getEnterprise().getId(), winner.getEnterprise().getName()),
              Money.euros(winner.getPrice()),
              call.getAwardReason(),
              call.getAwardedAt());
    }
    return new CallView(
        call.getId(),
        call.title(locale),
        call.description(locale),
        new Ref(call.getOrganisation().getId(), call.getOrganisation().name(locale)),
        call.getCategory(),
        call.getRegions().stream().map(Enum::name).toList(),
        new Eligibility(
            call.getLegalForms().stream().map(Enum::name).toList(),
            call.getKoinsepKinds().stream().map(Enum::name).toList(),
            call.isRequiresGemko(),
            call.getMinDisadvantagedShare() == null
                ? null
                : call.getMinDisadvantagedShare().stripTrailingZeros().toPlainString(),
            call.getDeclarationMaxMonths()),
        call.getBudget() == null ? null : Money.euros(call.getBudget()),
        call.getQuestionDeadline(),
        call.getOfferDeadline(),
        call.status(now).name(),
        offers,
        award,
        answered.stream().map(CallViews::question).toList(),
        documents,
        links.to("/calls/" + call.getId()));
  }

  public static Question question(CallQuestion q) {
    return new Question(q.getId(), q.getQuestion(), q.getAnswer(), q.getAnsweredAt());
  }

  public static OfferView offer(
      Offers.Opened opened,
      List<DocumentInfo> documents,
      java.util.function.LongFunction<String> names,
      Locale locale) {
    CallOffer o = opened.offer();
    return new OfferView(
        o.getId(),
        o.getCall().getId(),
        o.getCall().title(locale),
        new Ref(o.getEnterprise().getId(), o.getEnterprise().getName()),
        Money.euros(o.getPrice()),
        opened.note(),
        o.getPartners().stream()
            .map(
                p ->
                    new PartnerView(
                        p.getEnterpriseId(), names.apply(p.getEnterpriseId()), p.isAccepted()))
            .toList(),
        o.getStatus().name(),
        o.getSubmittedAt(),
        o.getReplacedAt(),
        o.getWithdrawnAt(),
        documents);
  }

  public static FactsView facts(long enterpriseId, EligibilityFacts f) {
    return new FactsView(
        enterpriseId,
        f.koinsepKind() == null ? null : f.koinsepKind().name(),
        f.gemkoNumber(),
        f.disadvantagedShare() == null
            ? null
            : f.disadvantagedShare().stripTrailingZeros().toPlainString(),
        f.declaredOn());
  }

  public static EligibilityFacts facts(FactsBody body) {
    if (body == null) {
      throw new InvalidInputException(null, "error.invalid_json");
    }
    return new EligibilityFacts(
        enumOf(KoinsepKind.class, body.koinsepKind(), "koinsepKind"),
        body.gemkoNumber(),
        decimal(body.disadvantagedShare(), "disadvantagedShare"),
        date(body.declaredOn(), "declaredOn"));
  }

  public static CallDraft draft(CallBody body) {
    if (body == null) {
      throw new InvalidInputException(null, "error.invalid_json");
    }
    EligibilityBody e =
        body.eligibility() == null
            ? new EligibilityBody(null, null, null, null, null)
            : body.eligibility();
    return new CallDraft(
        body.title() == null ? null : body.title().el(),
        body.title() == null ? null : body.title().en(),
        body.description() == null ? null : body.description().el(),
        body.description() == null ? null : body.description().en(),
        body.category(),
        enums(org.koinagora.enterprises.Region.class, body.regions(), "regions"),
        enums(org.koinagora.enterprises.LegalForm.class, e.legalForms(), "eligibility.legalForms"),
        enums(KoinsepKind.class, e.koinsepKinds(), "eligibility.koinsepKinds"),
        Boolean.TRUE.equals(e.requiresGemko()),
        decimal(e.minDisadvantagedShare(), "eligibility.minDisadvantagedShare"),
        e.declarationMaxMonths(),
        decimal(body.budget(), "budget"),
        instant(body.questionDeadline(), "questionDeadline"),
        instant(body.offerDeadline(), "offerDeadline"));
  }

  public static BigDecimal decimal(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "call.number.invalid");
    }
  }

  static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "call.datetime.invalid");
    }
  }

  static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "call.date.invalid");
    }
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "search.filter.unknown", text);
    }
  }

  static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> texts, String field) {
    Set<E> values = EnumSet.noneOf(type);
    for (String text : texts == null ? new ArrayList<String>() : texts) {
      E value = enumOf(type, text, field);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }
}
