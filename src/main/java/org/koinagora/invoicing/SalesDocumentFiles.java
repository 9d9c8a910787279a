package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.NotFoundException;

/** A document's PDF for those who may read it: the buyer, or those who act for the enterprise. */
@ApplicationScoped
public class SalesDocumentFiles {

  /** The PDF and a file name for it. */
  public record Pdf(String name, byte[] content) {}

  @Inject private SalesDocuments documents;
  @Inject private InvoicingSettingsService settings;
  @Inject private EnterpriseAccess access;

  @Transactional
  public Pdf pdf(long id, String reference, Optional<SignedInUser> user) {
    SalesDocument document =
        documents
            .find(id)
            .filter(d -> d.getKind() != DocumentKind.OWN)
            .orElseThrow(NotFoundException::new);
    CustomerOrder order = document.getPart().getOrder();
    boolean holdsReference = reference != null && reference.equals(order.getReference());
    boolean isBuyer =
        user.isPresent() && order.getBuyerId() != null && order.getBuyerId() == user.get().id();
    if (!holdsReference && !isBuyer && !actsForEnterprise(user, document)) {
      throw new NotFoundException();
    }
    return new Pdf(
        document.getSeries() + "-" + document.getNumber() + ".pdf",
        SalesDocumentPdf.of(document, settings.of(document.getEnterpriseId()).getVatRegime()));
  }

  private boolean actsForEnterprise(Optional<SignedInUser> user, SalesDocument document) {
    if (user.isEmpty()) {
      return false;
    }
    try {
      access.on(user.get(), document.getEnterpriseId());
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }
}
