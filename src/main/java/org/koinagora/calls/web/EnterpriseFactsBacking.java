package org.koinagora.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.koinagora.calls.EligibilityFacts;
import org.koinagora.calls.EligibilityService;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.web.Formats;

/** An enterprise's facts for reserved contracts, for its public page. */
@Named
@RequestScoped
public class EnterpriseFactsBacking {

  @Inject private EligibilityService service;

  private EligibilityFacts facts;
  private Long of;

  public EligibilityFacts facts(long enterpriseId) {
    if (facts == null || !Long.valueOf(enterpriseId).equals(of)) {
      facts = service.of(enterpriseId);
      of = enterpriseId;
    }
    return facts;
  }

  public boolean any(long enterpriseId) {
    EligibilityFacts f = facts(enterpriseId);
    return f.koinsepKind() != null || f.gemkoNumber() != null || f.disadvantagedShare() != null;
  }

  /** The share as written ("42"), without trailing zeros. */
  public String share(long enterpriseId) {
    EligibilityFacts f = facts(enterpriseId);
    return f.disadvantagedShare() == null
        ? null
        : f.disadvantagedShare().stripTrailingZeros().toPlainString();
  }

  /** "42 % (declared on …)" in the reader's language. */
  public String shareText(long enterpriseId, Locale locale) {
    return Texts.get(
        locale,
        "enterprise_page.share_value",
        share(enterpriseId),
        Formats.dayIn(declaredOn(enterpriseId), locale));
  }

  /** The declaration's day as an instant inside it, for {@code formats.day}. */
  public Instant declaredOn(long enterpriseId) {
    EligibilityFacts f = facts(enterpriseId);
    return f.declaredOn() == null
        ? null
        : f.declaredOn().atTime(12, 0).atZone(ZoneId.of("Europe/Athens")).toInstant();
  }
}
