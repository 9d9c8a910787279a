package org.koinagora.enterprises.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.SellerIdentity;

/**
 * The seller's legal texts in the reader's language, for the enterprise page and the order page.
 */
@Named
@ApplicationScoped
public class SellerDetails {

  public String returnsPolicy(Enterprise enterprise, Locale locale) {
    return SellerIdentity.returnsPolicy(enterprise, locale);
  }

  public String terms(Enterprise enterprise, Locale locale) {
    return enterprise.terms(locale);
  }
}
