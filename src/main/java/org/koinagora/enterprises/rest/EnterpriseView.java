package org.koinagora.enterprises.rest;

import java.util.Locale;
import org.koinagora.enterprises.Enterprise;

/** An enterprise as the open-data API shows it. */
public record EnterpriseView(
    long id,
    String name,
    String legalForm,
    String region,
    String municipality,
    String registryNumber,
    String description,
    String impact,
    String website,
    String status,
    String url,
    LegalView legal) {

  static EnterpriseView of(Enterprise e, Locale locale) {
    return new EnterpriseView(
        e.getId(),
        e.getName(),
        e.getLegalForm().name(),
        e.getRegion().name(),
        e.getMunicipality(),
        e.getRegistryNumber(),
        e.description(locale),
        e.impact(locale),
        e.getWebsite(),
        e.getStatus().name(),
        "/enterprises/" + e.getId(),
        LegalView.of(e, locale));
  }
}
