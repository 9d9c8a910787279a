package org.koinagora.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.checkout.Contact;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.QuotedOrder;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;

/** The buyer's decisions on a quote: accept it (it becomes an order) or decline it. */
@ApplicationScoped
public class QuoteDecisions {

  /** The order an accepted quote became, and whether this call made it (else: accepted before). */
  public record Accepted(long orderId, boolean created, PaymentMethod payment) {}

  @PersistenceContext private EntityManager em;
  @Inject private QuoteDesk desk;
  @Inject private OrderService orders;
  @Inject private QuoteMails mails;

  /**
   * The buyer accepts a quote: it becomes an order in PENDING_PAYMENT with the quote's lines, and
   * the request's other open quotes are declined. Exactly one order, whatever the concurrency: the
   * request's accepted quote is set by one guarded update, which every other accept waits for and
   * then finds set — the same quote gives its order again, another quote 409. An expired, replaced
   * or declined quote: 409.
   */
  @Transactional
  public Accepted accept(
      SignedInUser user, long quoteId, PaymentMethod payment, ManualKind manualKind) {
    Quote quote = buyersQuote(user, quoteId);
    QuoteRequest request = quote.getThread().getRequest();
    int won =
        em.createNativeQuery(
                "UPDATE quote_request SET accepted_quote_id = ?1 WHERE id = ?2 AND"
                    + " accepted_quote_id IS NULL")
            .setParameter(1, quoteId)
            .setParameter(2, request.getId())
            .executeUpdate();
    if (won == 0) {
      // locking reads: they see what the winner committed, whatever this transaction read before
      Number accepted =
          (Number)
              em.createNativeQuery(
                      "SELECT accepted_quote_id FROM quote_request WHERE id = ?1 FOR UPDATE")
                  .setParameter(1, request.getId())
                  .getSingleResult();
      if (accepted.longValue() != quoteId) {
        throw new ConflictException(null, "quotes.request_decided");
      }
      Object[] row =
          (Object[])
              em.createNativeQuery(
                      "SELECT q.order_id, o.payment_method FROM quote q JOIN customer_order o ON"
                          + " o.id = q.order_id WHERE q.id = ?1 FOR UPDATE")
                  .setParameter(1, quoteId)
                  .getSingleResult();
      return new Accepted(
          ((Number) row[0]).longValue(), false, PaymentMethod.valueOf(row[1].toString()));
    }
    LocalDate today = LocalDate.now(QuoteDesk.ATHENS);
    // one instant for the acceptance and the declines it brings: if the order ends unpaid or is
    // cancelled, the quotes declined at that instant open again (QuoteOrders)
    Instant decidedAt = Instant.now();
    int accepting =
        em.createNativeQuery(
                "UPDATE quote SET status = 'ACCEPTED', decided_at = ?1, version = version + 1"
                    + " WHERE id = ?2 AND status = 'SENT' AND valid_until >= ?3")
            .setParameter(1, decidedAt)
            .setParameter(2, quoteId)
            .setParameter(3, today)
            .executeUpdate();
    if (accepting == 0) {
      em.refresh(quote);
      throw new ConflictException(null, refusal(quote.status(today)));
    }
    em.refresh(quote);
    QuoteThread thread = quote.getThread();
    List<QuotedOrder.Line> lines = new ArrayList<>();
    for (QuoteLine line : quote.getLines()) {
      lines.add(
          new QuotedOrder.Line(
              line.getDescription(),
              line.getQuantity(),
              line.getUnit(),
              line.getUnitPrice(),
              line.getVatRate()));
    }
    boolean publicBody = request.getBuyerKind() == BuyerKind.PUBLIC_BODY;
    var order =
        orders.placeQuoted(
            new QuotedOrder(
                user.id(),
                new Contact(request.getEmail(), request.getBuyerName(), null),
                request.getLanguage(),
                payment,
                manualKind,
                thread.getEnterprise(),
                lines,
                publicBody
                    ? new QuotedOrder.OnAccount(
                        request.getAfm(), request.getDoy(), request.getBuyerReference())
                    : null));
    em.createNativeQuery("UPDATE quote SET order_id = ?1 WHERE id = ?2")
        .setParameter(1, order.getId())
        .setParameter(2, quoteId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE quote SET status = 'DECLINED', decided_at = ?1, version = version + 1 WHERE"
                + " status = 'SENT' AND id <> ?2 AND thread_id IN (SELECT id FROM quote_thread"
                + " WHERE request_id = ?3)")
        .setParameter(1, decidedAt)
        .setParameter(2, quoteId)
        .setParameter(3, request.getId())
        .executeUpdate();
    mails.toEnterprise(thread, "accepted", String.valueOf(order.getId()));
    return new Accepted(order.getId(), true, order.getPaymentMethod());
  }

  /** The buyer declines a quote still open, with an optional reason; mails the enterprise. */
  @Transactional
  public Quote decline(SignedInUser user, long quoteId, String reason) {
    Quote quote = buyersQuote(user, quoteId);
    if (reason != null && reason.strip().length() > Quote.REASON_MAX) {
      throw new InvalidInputException("reason", "quotes.reason.size", Quote.REASON_MAX);
    }
    desk.decidedGuard(quote.getThread().getRequest().getId());
    int declined =
        em.createNativeQuery(
                "UPDATE quote SET status = 'DECLINED', decline_reason = ?1, decided_at = ?2,"
                    + " version = version + 1 WHERE id = ?3 AND status = 'SENT'")
            .setParameter(1, reason == null || reason.isBlank() ? null : reason.strip())
            .setParameter(2, Instant.now())
            .setParameter(3, quoteId)
            .executeUpdate();
    em.refresh(quote);
    if (declined == 0) {
      throw new ConflictException(null, refusal(quote.status(LocalDate.now(QuoteDesk.ATHENS))));
    }
    mails.toEnterprise(
        quote.getThread(), "declined", quote.getDeclineReason() == null ? "—" : reason.strip());
    return quote;
  }

  /**
   * A quote the user may decide on: theirs as the buyer (404 to anyone else; 403 to the seller).
   */
  private Quote buyersQuote(SignedInUser user, long quoteId) {
    Quote quote = em.find(Quote.class, quoteId);
    if (quote == null) {
      throw new NotFoundException();
    }
    QuoteRequest request = quote.getThread().getRequest();
    if (!request.isBuyer(user.id(), user.email())) {
      if (desk.mayAct(user, quote.getThread().getEnterprise())) {
        throw new AccessDeniedException("quotes.buyer_only");
      }
      throw new NotFoundException();
    }
    return quote;
  }

  private static String refusal(QuoteStatus status) {
    return switch (status) {
      case EXPIRED -> "quotes.quote.expired";
      case REVISED -> "quotes.quote.superseded";
      case DECLINED -> "quotes.quote.declined";
      default -> "quotes.request_decided";
    };
  }
}
