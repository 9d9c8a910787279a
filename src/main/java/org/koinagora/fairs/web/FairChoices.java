package org.koinagora.fairs.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.fairs.BookingMode;
import org.koinagora.fairs.FairScope;
import org.koinagora.fairs.FairTheme;
import org.koinagora.fairs.StandFeature;

/** The choices the organiser's fair forms offer, in one place for every page. */
@Named
@ApplicationScoped
public class FairChoices {

  public FairTheme[] getThemes() {
    return FairTheme.values();
  }

  public BookingMode[] getModes() {
    return BookingMode.values();
  }

  public FairScope[] getScopes() {
    return FairScope.values();
  }

  public StandFeature[] getFeatures() {
    return StandFeature.values();
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }
}
