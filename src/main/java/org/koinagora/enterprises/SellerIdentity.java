package org.koinagora.enterprises;

import java.util.Locale;
import org.koinagora.shared.i18n.Texts;

/**
 * What a buyer is shown of a seller beyond its own words: the legal default where it wrote none.
 */
public final class SellerIdentity {

  private SellerIdentity() {}

  /** The enterprise's returns policy, or the 14-day right of withdrawal the law gives anyway. */
  public static String returnsPolicy(Enterprise enterprise, Locale locale) {
    String own = enterprise.returnsPolicy(locale);
    return own != null ? own : Texts.get(locale, "seller.returns.default");
  }

  /** The template a member starts from when writing its returns policy. */
  public static String returnsTemplate(Locale locale) {
    return Texts.get(locale, "seller.returns.template");
  }

  /** The template a member starts from when writing its terms of sale. */
  public static String termsTemplate(Locale locale) {
    return Texts.get(locale, "seller.terms.template");
  }
}
