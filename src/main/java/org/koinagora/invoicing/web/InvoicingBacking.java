package org.koinagora.invoicing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.SalesService;
import org.koinagora.invoicing.Channel;
import org.koinagora.invoicing.InvoicingSettings;
import org.koinagora.invoicing.InvoicingSettingsService;
import org.koinagora.invoicing.SalesDocument;
import org.koinagora.invoicing.SalesDocuments;
import org.koinagora.invoicing.VatRegime;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/invoicing?enterprise=: its VAT regime and who issues its documents (the platform, with
 * myDATA, or its own provider), the documents issued with their myDATA state (sending a refused one
 * again), and, for its own provider, a link per sale.
 */
@Named
@ViewScoped
public class InvoicingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient InvoicingSettingsService settings;
  @Inject private transient SalesDocuments documents;
  @Inject private transient SalesService sales;
  @Inject private transient EnterpriseAccess access;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FormErrors formErrors;

  private Long enterprise;
  private String enterpriseName;
  private String vatRegime = VatRegime.NORMAL.name();
  private String channel = Channel.PLATFORM.name();
  private String myDataUser;
  private String myDataKey;
  private boolean keyStored;
  private final Map<Long, String> ownLinks = new HashMap<>();
  private transient List<SalesDocument> issued;
  private transient List<OrderPart> unlinked;

  public void load() {
    try {
      var acting = access.actingFor(currentUser.require(), enterprise);
      enterprise = acting.enterprise().getId();
      enterpriseName = acting.enterprise().getName();
      if (myDataUser == null) {
        InvoicingSettings found = settings.of(enterprise);
        vatRegime = found.getVatRegime().name();
        channel = found.getChannel().name();
        myDataUser = found.getMyDataUser();
        keyStored = found.hasMyDataKey();
      }
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException | InvalidInputException e) {
      Pages.sendError(404);
    }
  }

  /** Saves the regime and who issues; myDATA needs its credentials, stored or from its form. */
  public void save() {
    try {
      settings.set(
          currentUser.require(),
          enterprise,
          VatRegime.valueOf(vatRegime),
          Channel.valueOf(channel),
          myDataUser,
          null);
      saved();
    } catch (IllegalArgumentException | NullPointerException e) {
      formErrors.fieldError("invoicing", "channel", "invoicing.channel.invalid");
    } catch (InvalidInputException e) {
      boolean credentials = e.field() != null && e.field().startsWith("myData");
      formErrors.show(credentials ? "mydata" : "invoicing", e);
    } catch (BusinessException e) {
      formErrors.show("invoicing", e);
    }
  }

  /** Sends documents to myDATA from now on, with these credentials. */
  public void connect() {
    try {
      settings.set(
          currentUser.require(),
          enterprise,
          VatRegime.valueOf(vatRegime),
          Channel.MYDATA,
          myDataUser,
          myDataKey);
      saved();
    } catch (BusinessException e) {
      formErrors.show("mydata", e);
    }
  }

  private void saved() {
    formErrors.info("invoicing_page.saved");
    Pages.redirect("/dashboard/invoicing?enterprise=" + enterprise);
  }

  public void retry(long documentId) {
    try {
      documents.retry(currentUser.require(), documentId);
      formErrors.info("invoicing_page.retrying");
      Pages.redirect("/dashboard/invoicing?enterprise=" + enterprise);
    } catch (NotFoundException | AccessDeniedException e) {
      formErrors.error("invoicing_page.not_found");
    }
  }

  public void link(long partId) {
    try {
      documents.linkOwn(currentUser.require(), partId, ownLinks.get(partId));
      formErrors.info("invoicing_page.linked");
      Pages.redirect("/dashboard/invoicing?enterprise=" + enterprise);
    } catch (BusinessException e) {
      int row = getUnlinked().stream().map(OrderPart::getId).toList().indexOf(partId);
      formErrors.messageFor("unlinked:" + row + ":own:url", e.messageKey(), e.arguments());
    }
  }

  public List<SalesDocument> getIssued() {
    if (issued == null) {
      issued = documents.ofEnterprise(currentUser.require(), enterprise);
    }
    return issued;
  }

  /** Sales paid or on account with no document, for an enterprise that issues its own. */
  public List<OrderPart> getUnlinked() {
    if (unlinked == null) {
      unlinked =
          Channel.OWN_PROVIDER.name().equals(channel)
              ? sales.ofEnterprise(currentUser.require(), enterprise).stream()
                  .filter(part -> part.isPaid() || part.getOrder().getPaymentDueAt() != null)
                  .filter(part -> documents.ofPart(part.getId()).isEmpty())
                  .limit(50)
                  .toList()
              : List.of();
    }
    return unlinked;
  }

  public String url(SalesDocument document) {
    return SalesDocuments.url(document, false);
  }

  public Long getEnterprise() {
    return enterprise;
  }

  public void setEnterprise(Long enterprise) {
    this.enterprise = enterprise;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getVatRegime() {
    return vatRegime;
  }

  public void setVatRegime(String vatRegime) {
    this.vatRegime = vatRegime;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getMyDataUser() {
    return myDataUser;
  }

  public void setMyDataUser(String myDataUser) {
    this.myDataUser = myDataUser;
  }

  public String getMyDataKey() {
    return myDataKey;
  }

  public void setMyDataKey(String myDataKey) {
    this.myDataKey = myDataKey;
  }

  public boolean isKeyStored() {
    return keyStored;
  }

  public Map<Long, String> getOwnLinks() {
    return ownLinks;
  }
}
