package org.koinagora.calls;

import org.koinagora.enterprises.Afm;
import org.koinagora.shared.InvalidInputException;

/**
 * What the public body adds when it awards, for the order the award becomes: its ΑΦΜ and ΔΟΥ, the
 * reference of its decision (e.g. the ΑΔΑ), and the VAT rate the offered price includes (24 % when
 * not given). Each is optional but checked when given.
 */
public record AwardTerms(String afm, String doy, String reference, Integer vatRate) {

  public static final int DEFAULT_VAT_RATE = 24;

  public static AwardTerms none() {
    return new AwardTerms(null, null, null, null);
  }

  /** The terms, stripped; a wrong one is a 400 naming its field. */
  public AwardTerms checked() {
    String a = blankToNull(afm);
    if (a != null && !Afm.isValid(a)) {
      throw new InvalidInputException("afm", "quotes.buyer.afm.invalid");
    }
    String d = blankToNull(doy);
    if (d != null && d.length() > 100) {
      throw new InvalidInputException("doy", "call.award.doy.size");
    }
    String r = blankToNull(reference);
    if (r != null && r.length() > 60) {
      throw new InvalidInputException("reference", "call.award.reference.size");
    }
    int rate = vatRate == null ? DEFAULT_VAT_RATE : vatRate;
    if (rate != 6 && rate != 13 && rate != 24) {
      throw new InvalidInputException("vatRate", "call.award.vat_rate.invalid");
    }
    return new AwardTerms(a, d, r, rate);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
