package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.OrganisationKind;

/** /organisations: organisations, optionally of one kind and one region. */
@Named
@RequestScoped
public class OrganisationListBacking {

  @Inject private OrganisationDirectory directory;

  private OrganisationKind kind;
  private Region region;
  private List<Organisation> organisations;

  public List<Organisation> getOrganisations() {
    if (organisations == null) {
      organisations = directory.list(kind, region);
    }
    return organisations;
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }
}
