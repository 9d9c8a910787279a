package org.koinagora.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.calls.EligibilityFacts;
import org.koinagora.calls.EligibilityService;
import org.koinagora.calls.KoinsepKind;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.i18n.TypedNumbers;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * The "reserved contracts" part of /dashboard/enterprise-edit?id=: the kind of Κοιν.Σ.Επ., the
 * ΓΕΜΚΟ number and the dated share of disadvantaged workers that calls may ask for.
 */
@Named
@RequestScoped
public class EligibilityBacking {

  @Inject private EligibilityService service;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;

  private boolean filled;
  private KoinsepKind koinsepKind;
  private String gemkoNumber;
  private String disadvantagedShare;
  private String declaredOn;

  private void fill() {
    if (!filled) {
      filled = true;
      Pages.id("id")
          .ifPresent(
              id -> {
                EligibilityFacts facts = service.of(id);
                koinsepKind = facts.koinsepKind();
                gemkoNumber = facts.gemkoNumber();
                disadvantagedShare =
                    facts.disadvantagedShare() == null
                        ? null
                        : facts.disadvantagedShare().stripTrailingZeros().toPlainString();
                declaredOn = facts.declaredOn() == null ? null : facts.declaredOn().toString();
              });
    }
  }

  public void save() {
    filled = true;
    try {
      long id =
          Pages.id("id").orElseThrow(() -> new InvalidInputException(null, "error.forbidden"));
      if (koinsepKind == null
          && blank(gemkoNumber)
          && blank(disadvantagedShare)
          && blank(declaredOn)) {
        // the page declares facts; clearing them all is done through the API
        throw new InvalidInputException("gemkoNumber", "eligibility.empty");
      }
      service.declare(
          currentUser.require(),
          id,
          new EligibilityFacts(koinsepKind, gemkoNumber, share(), date()));
      formErrors.info("eligibility.saved");
      Pages.redirect("/dashboard/enterprise-edit?id=" + id + "#eligibility-title");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("eligibility", e);
    }
  }

  private BigDecimal share() {
    if (disadvantagedShare == null || disadvantagedShare.isBlank()) {
      return null;
    }
    return TypedNumbers.read(disadvantagedShare, language.getLocale())
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "disadvantagedShare", "eligibility.disadvantagedShare.range"));
  }

  private LocalDate date() {
    if (declaredOn == null || declaredOn.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(declaredOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("declaredOn", "call.date.invalid");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public KoinsepKind[] getKinds() {
    return KoinsepKind.values();
  }

  public KoinsepKind getKoinsepKind() {
    fill();
    return koinsepKind;
  }

  public void setKoinsepKind(KoinsepKind koinsepKind) {
    filled = true;
    this.koinsepKind = koinsepKind;
  }

  public String getGemkoNumber() {
    fill();
    return gemkoNumber;
  }

  public void setGemkoNumber(String gemkoNumber) {
    filled = true;
    this.gemkoNumber = gemkoNumber;
  }

  public String getDisadvantagedShare() {
    fill();
    return disadvantagedShare;
  }

  public void setDisadvantagedShare(String disadvantagedShare) {
    filled = true;
    this.disadvantagedShare = disadvantagedShare;
  }

  public String getDeclaredOn() {
    fill();
    return declaredOn;
  }

  public void setDeclaredOn(String declaredOn) {
    filled = true;
    this.declaredOn = declaredOn;
  }
}
