package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.koinagora.organisations.Offer;
import org.koinagora.organisations.Organisation;
import org.koinagora.organisations.OrganisationDirectory;
import org.koinagora.organisations.Partnerships;
import org.koinagora.shared.web.Pages;

/**
 * /organisations/{id}: an organisation's public profile; the fairs it organises are the fairs
 * feature's include on the page.
 */
@Named
@RequestScoped
public class OrganisationPageBacking {

  @Inject private OrganisationDirectory directory;
  @Inject private Partnerships partnerships;

  private Long id;
  private Organisation organisation;
  private List<Partnerships.Member> members;

  public void load() {
    if (getOrganisation() == null) {
      Pages.sendError(404);
    }
  }

  public String getName() {
    return getOrganisation().name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getDescription() {
    return getOrganisation()
        .description(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<Offer> getOffers() {
    return getOrganisation().getOffers().stream().sorted().toList();
  }

  /** A partnership's accepted members, organisations first. */
  public List<Partnerships.Member> getMembers() {
    if (members == null) {
      members =
          partnerships.membersOf(
              getOrganisation().getId(),
              false,
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
    return members;
  }

  /**
   * Found from the request's {@code id} as well: a form posted back (the advice form) is decoded
   * before the view parameter reaches this bean, and the view action does not run then.
   */
  public Organisation getOrganisation() {
    if (organisation == null) {
      Long key = id != null ? id : Pages.id("id").orElse(null);
      organisation = key == null ? null : directory.one(key).orElse(null);
    }
    return organisation;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
