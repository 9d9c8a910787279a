package org.koinagora.invoicing.mydata;

/**
 * myDATA's code lists that Koinagora uses: VAT categories, the VAT exemption reasons of the two
 * special regimes small social enterprises and producers work under, and the note each needs on the
 * printed document.
 *
 * <p>Sources: AADE's tables "Κατηγορία ΦΠΑ" and "Κατηγορία Αιτίας Εξαίρεσης ΦΠΑ" of the myDATA REST
 * API documentation (its appendix of code lists), as reproduced in github.com/firebed/aade-mydata
 * ({@code docs/appendix/vat-categories.md}, {@code vat-exemption-categories.md} and {@code
 * src/Enums/VatExemption.php}). Since the recodification of the VAT Code by law 5144/2024, AADE's
 * table cites the new article numbers: exemption 15 was "άρθρο 39" (small businesses) and is now
 * "άρθρο 44"; exemption 18 was "άρθρο 41" (farmers) and is now "άρθρο 48". The codes themselves did
 * not change.
 */
public final class MyDataCodes {

  /** vatExemptionCategory 15: special regime for small businesses (VAT Code art. 44, was 39). */
  public static final int EXEMPTION_SMALL_BUSINESS = 15;

  /** vatExemptionCategory 18: special flat-rate regime for farmers (VAT Code art. 48, was 41). */
  public static final int EXEMPTION_FARMERS = 18;

  /** The note a document of the small-business regime carries, in Greek. */
  public static final String NOTE_SMALL_BUSINESS_EL =
      "Απαλλαγή από ΦΠΑ – ειδικό καθεστώς μικρών επιχειρήσεων, άρθρο 44 του Κώδικα ΦΠΑ"
          + " (ν. 5144/2024)";

  public static final String NOTE_SMALL_BUSINESS_EN =
      "VAT exempt – special scheme for small enterprises, Article 44 of the Greek VAT Code"
          + " (Law 5144/2024)";

  /** The note a document of the farmers' special regime carries, in Greek. */
  public static final String NOTE_FARMERS_EL =
      "Χωρίς ΦΠΑ – ειδικό καθεστώς αγροτών, άρθρο 48 του Κώδικα ΦΠΑ (ν. 5144/2024)";

  public static final String NOTE_FARMERS_EN =
      "No VAT charged – special flat-rate scheme for farmers, Article 48 of the Greek VAT Code"
          + " (Law 5144/2024)";

  /** vatCategory 7: "Άνευ ΦΠΑ", 0 %; a line in it must name its vatExemptionCategory. */
  public static final int VAT_CATEGORY_EXEMPT = 7;

  /** vatCategory 8: entries without VAT (payroll, depreciation): never on a sale. */
  public static final int VAT_CATEGORY_NO_VAT = 8;

  private MyDataCodes() {}

  /**
   * myDATA's vatCategory for a VAT rate in percent: 1 = 24 %, 2 = 13 %, 3 = 6 %, 4 = 17 %, 5 = 9 %,
   * 6 = 4 % (the reduced rates of some Aegean islands), 7 = 0 %.
   */
  public static int vatCategory(int ratePercent) {
    return switch (ratePercent) {
      case 24 -> 1;
      case 13 -> 2;
      case 6 -> 3;
      case 17 -> 4;
      case 9 -> 5;
      case 4 -> 6;
      case 0 -> VAT_CATEGORY_EXEMPT;
      default -> throw new IllegalArgumentException("no myDATA VAT category for " + ratePercent);
    };
  }

  /** The legal note for an exemption category, Greek or English; null when Koinagora has none. */
  public static String exemptionNote(int exemptionCategory, boolean greek) {
    return switch (exemptionCategory) {
      case EXEMPTION_SMALL_BUSINESS -> greek ? NOTE_SMALL_BUSINESS_EL : NOTE_SMALL_BUSINESS_EN;
      case EXEMPTION_FARMERS -> greek ? NOTE_FARMERS_EL : NOTE_FARMERS_EN;
      default -> null;
    };
  }
}
