package org.koinagora.enterprises.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Locale;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.SellerIdentity;

/** The seller's identity as distance-selling law asks it to be shown; every key, null or not. */
@JsonbNillable
public record LegalView(
    String name, String afm, String gemi, String address, String returns, String terms) {

  static LegalView of(Enterprise e, Locale locale) {
    return new LegalView(
        e.legalNameOrName(),
        e.getVatNumber(),
        e.getGemiNumber(),
        e.postalAddress(),
        SellerIdentity.returnsPolicy(e, locale),
        e.terms(locale));
  }
}
