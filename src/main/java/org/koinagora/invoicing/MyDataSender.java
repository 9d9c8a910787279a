package org.koinagora.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.checkout.CustomerOrder;
import org.koinagora.checkout.DocumentChoice;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderLine;
import org.koinagora.checkout.OrderPart;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.invoicing.mydata.MyDataClient;
import org.koinagora.invoicing.mydata.MyDataCodes;
import org.koinagora.invoicing.mydata.MyDataCredentials;
import org.koinagora.invoicing.mydata.MyDataException;
import org.koinagora.invoicing.mydata.MyDataInvoice;
import org.koinagora.invoicing.mydata.MyDataReceipt;

/**
 * Sends waiting documents to myDATA (see {@link MyDataJob}): each is read, sent with no database
 * transaction open, and its answer stored; a cancellation waits until the document it cancels has
 * its MARK. Failures that may pass are retried later with a growing wait; refusals wait for the
 * enterprise.
 */
@ApplicationScoped
public class MyDataSender {

  private static final Logger LOG = Logger.getLogger(MyDataSender.class.getName());
  private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  @PersistenceContext private EntityManager em;
  @Inject private MyDataClient client;
  @Inject private MyDataResults results;

  /** Stops taking more documents after this: the job's lease must outlast a run. */
  static final Duration BATCH_TIME = Duration.ofSeconds(60);

  /** Sends the documents due now, for at most {@link #BATCH_TIME}; how many were accepted. */
  public int sendDue() {
    Instant stop = Instant.now().plus(BATCH_TIME);
    List<Long> due =
        em.createNamedQuery("SalesDocument.due", Long.class)
            .setParameter("now", Instant.now())
            .setMaxResults(100)
            .getResultList();
    int sent = 0;
    for (long id : due) {
      if (Instant.now().isAfter(stop)) {
        break;
      }
      try {
        sent += send(id) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not send document " + id + " to myDATA", e);
        results.failed(id, String.valueOf(e.getMessage()), true);
      }
    }
    return sent;
  }

  private boolean send(long id) {
    MyDataResults.Outgoing outgoing = results.prepare(id);
    if (outgoing == null) {
      return false;
    }
    try {
      if (outgoing.invoice() == null) {
        long cancellation = client.cancel(outgoing.credentials(), outgoing.cancelsMark());
        results.sent(id, new MyDataReceipt(cancellation, null, null));
      } else {
        results.sent(id, client.send(outgoing.credentials(), outgoing.invoice()));
      }
      return true;
    } catch (MyDataException e) {
      results.failed(id, e.getMessage(), e.isRetryable());
      return false;
    }
  }

  static MyDataInvoice invoice(SalesDocument document, InvoicingSettings own) {
    OrderPart part = document.getPart();
    CustomerOrder order = part.getOrder();
    boolean invoice = order.getDocumentKind() == DocumentChoice.DocumentKind.INVOICE;
    boolean services =
        part.getLines().stream().allMatch(line -> line.getSlot() != null || isQuotedService(line));
    List<MyDataInvoice.Line> lines = new ArrayList<>();
    int number = 1;
    for (OrderLine line : part.getLines()) {
      var vat = line.vat();
      lines.add(
          new MyDataInvoice.Line(
              number++,
              line.total().minus(vat).decimal(),
              line.getVatRate(),
              vat.decimal(),
              line.getVatRate() == 0 ? exemption(own.getVatRegime()) : null,
              line.getSlot() != null || isQuotedService(line)));
    }
    return new MyDataInvoice(
        part.getEnterprise().getVatNumber(),
        document.getSeries(),
        document.getNumber(),
        document.getIssuedAt().atZone(ATHENS).toLocalDate(),
        invoice ? (services ? "2.1" : "1.1") : (services ? "11.2" : "11.1"),
        invoice
            ? new MyDataInvoice.Counterpart(
                order.getBuyerAfm(),
                order.getBuyerBusinessName(),
                order.getBuyerAddress(),
                null,
                null)
            : null,
        paymentMethod(order),
        lines);
  }

  private static boolean isQuotedService(OrderLine line) {
    return line.isQuoted() && !line.isDelivery();
  }

  static Integer exemption(VatRegime regime) {
    return switch (regime) {
      case SMALL_BUSINESS -> MyDataCodes.EXEMPTION_SMALL_BUSINESS;
      case FARMERS -> MyDataCodes.EXEMPTION_FARMERS;
      case NORMAL -> null; // listings carry 6, 13 or 24 %: a 0 % line needs an exempt regime
    };
  }

  private static int paymentMethod(CustomerOrder order) {
    if (order.getPaymentDueAt() != null) {
      return MyDataInvoice.PAYMENT_ON_CREDIT;
    }
    if (order.getPaymentMethod() == PaymentMethod.STRIPE) {
      return MyDataInvoice.PAYMENT_CARD;
    }
    return order.getManualKind() == ManualKind.ON_PICKUP
        ? MyDataInvoice.PAYMENT_CASH
        : MyDataInvoice.PAYMENT_BANK_ACCOUNT;
  }

  /** Reads what to send, and stores what myDATA answered, each in its own transaction. */
  @ApplicationScoped
  public static class MyDataResults {

    /** A document to send, or (no invoice) the MARK of the one a cancellation cancels. */
    record Outgoing(MyDataCredentials credentials, MyDataInvoice invoice, Long cancelsMark) {}

    @PersistenceContext private EntityManager em;
    @Inject private InvoicingSettingsService settings;

    /** Null when it cannot go yet: no credentials (then FAILED), or its original has no MARK. */
    @Transactional
    public Outgoing prepare(long id) {
      SalesDocument document = em.find(SalesDocument.class, id);
      InvoicingSettings own = settings.of(document.getEnterpriseId());
      if (!own.hasMyDataKey()) {
        document.failed("no myDATA credentials", false, Instant.now());
        return null;
      }
      MyDataCredentials credentials = settings.credentials(own);
      if (document.getKind() == DocumentKind.CANCELLATION) {
        Long mark = document.getCancels().getMark();
        if (mark == null) {
          // later, so that it never holds up the documents behind it
          document.failed("waiting for the MARK of the document it cancels", true, Instant.now());
          return null;
        }
        return new Outgoing(credentials, null, mark);
      }
      return new Outgoing(credentials, invoice(document, own), null);
    }

    @Transactional
    public void sent(long id, MyDataReceipt receipt) {
      em.find(SalesDocument.class, id).sent(receipt);
    }

    @Transactional
    public void failed(long id, String error, boolean retryable) {
      em.find(SalesDocument.class, id).failed(error, retryable, Instant.now());
    }
  }
}
