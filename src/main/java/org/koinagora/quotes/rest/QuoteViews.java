package org.koinagora.quotes.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.koinagora.catalog.rest.EnterpriseRef;
import org.koinagora.quotes.Quote;
import org.koinagora.quotes.QuoteAttachment;
import org.koinagora.quotes.QuoteAttachments;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.quotes.QuoteLine;
import org.koinagora.quotes.QuoteMessage;
import org.koinagora.quotes.QuoteRequest;
import org.koinagora.quotes.QuoteThread;
import org.koinagora.shared.Money;
import org.koinagora.shared.documents.DocumentInfo;

/** Requests, threads and quotes as each side reads them. */
public final class QuoteViews {

  private QuoteViews() {}

  /** The answer to a new request. */
  public record Created(long id, String reference, List<EnterpriseRef> enterprises) {}

  @JsonbNillable
  public record BuyerView(
      String kind, String name, String afm, String doy, String address, String reference) {}

  @JsonbNillable
  public record RequestView(
      long id,
      String reference,
      String side,
      String description,
      String where,
      String when,
      String quantity,
      Money budget,
      Long listingId,
      BuyerView buyer,
      Instant createdAt,
      Long acceptedQuoteId,
      List<ThreadView> threads,
      List<AttachmentView> attachments) {}

  /** A document; {@code threadId} null when the buyer sent it to every enterprise asked. */
  @JsonbNillable
  public record AttachmentView(
      long id, Long threadId, String side, String name, String contentType, int size, String url) {}

  public record ThreadView(
      long id, EnterpriseRef enterprise, List<MessageView> messages, List<QuoteView> quotes) {}

  @JsonbNillable
  public record MessageView(long id, String side, String author, String text, Instant at) {}

  @JsonbNillable
  public record LineView(
      String description,
      BigDecimal quantity,
      String unit,
      Money unitPrice,
      int vatRate,
      Money total) {}

  @JsonbNillable
  public record QuoteView(
      long id,
      long requestId,
      EnterpriseRef enterprise,
      String status,
      LocalDate validUntil,
      String note,
      Money total,
      Money vatIncluded,
      List<LineView> lines,
      Long orderId,
      String declineReason,
      Instant createdAt) {}

  public static Created created(QuoteRequest request) {
    return new Created(
        request.getId(),
        request.getReference(),
        request.getThreads().stream()
            .map(t -> new EnterpriseRef(t.getEnterprise().getId(), t.getEnterprise().getName()))
            .toList());
  }

  /** The request with the documents this reader may open. */
  public static RequestView request(QuoteDesk.View view, List<QuoteAttachment.Info> attachments) {
    QuoteRequest r = view.request();
    LocalDate today = LocalDate.now(QuoteDesk.ATHENS);
    return new RequestView(
        r.getId(),
        r.getReference(),
        view.buyer() ? "BUYER" : "ENTERPRISE",
        r.getDescription(),
        r.getPlace(),
        r.getPeriod(),
        r.getAmount(),
        r.getBudget(),
        r.getListing() == null ? null : r.getListing().getId(),
        new BuyerView(
            r.getBuyerKind().name(),
            r.getBuyerName(),
            r.getAfm(),
            r.getDoy(),
            r.getAddress(),
            r.getBuyerReference()),
        r.getCreatedAt(),
        view.acceptedHere() ? r.getAcceptedQuoteId() : null,
        view.threads().stream().map(t -> thread(t, today)).toList(),
        attachments.stream().map(QuoteViews::attachment).toList());
  }

  static AttachmentView attachment(QuoteAttachment.Info a) {
    DocumentInfo info = QuoteAttachments.info(a);
    return new AttachmentView(
        a.id(), a.threadId(), a.side().name(), a.name(), a.type(), a.size(), info.url());
  }

  static ThreadView thread(QuoteThread thread, LocalDate today) {
    return new ThreadView(
        thread.getId(),
        new EnterpriseRef(thread.getEnterprise().getId(), thread.getEnterprise().getName()),
        thread.getMessages().stream().map(QuoteViews::message).toList(),
        thread.getQuotes().stream().map(q -> quote(q, today)).toList());
  }

  public static MessageView message(QuoteMessage message) {
    return new MessageView(
        message.getId(),
        message.getSide().name(),
        message.getAuthorName(),
        message.getBody(),
        message.getCreatedAt());
  }

  public static QuoteView quote(Quote quote, LocalDate today) {
    QuoteThread thread = quote.getThread();
    return new QuoteView(
        quote.getId(),
        thread.getRequest().getId(),
        new EnterpriseRef(thread.getEnterprise().getId(), thread.getEnterprise().getName()),
        quote.status(today).name(),
        quote.getValidUntil(),
        quote.getNote(),
        quote.getTotal(),
        quote.getVatTotal(),
        quote.getLines().stream().map(QuoteViews::line).toList(),
        quote.getOrderId(),
        quote.getDeclineReason(),
        quote.getCreatedAt());
  }

  static LineView line(QuoteLine line) {
    return new LineView(
        line.getDescription(),
        line.getQuantity().stripTrailingZeros(),
        line.getUnit(),
        line.getUnitPrice(),
        line.getVatRate(),
        line.total());
  }
}
