package org.koinagora.quotes.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.checkout.ManualKind;
import org.koinagora.checkout.OrderService;
import org.koinagora.checkout.PaymentMethod;
import org.koinagora.checkout.Payments;
import org.koinagora.quotes.BuyerKind;
import org.koinagora.quotes.Quote;
import org.koinagora.quotes.QuoteAttachment;
import org.koinagora.quotes.QuoteAttachments;
import org.koinagora.quotes.QuoteDecisions;
import org.koinagora.quotes.QuoteDesk;
import org.koinagora.quotes.QuoteDraft;
import org.koinagora.quotes.QuoteStatus;
import org.koinagora.quotes.QuoteThread;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentInfo;
import org.koinagora.shared.documents.DocumentParts;
import org.koinagora.shared.documents.DocumentRejectedException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.i18n.TypedNumbers;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /quotes/{id}: a request for a quote as one side reads it. The buyer compares the quotes side by
 * side, accepts one (after choosing how to pay) or declines it, and writes to an enterprise; the
 * enterprise writes and sends a quote (lines added and removed by posting the form back).
 */
@Named
@RequestScoped
public class QuoteThreadBacking {

  /** Reasons a buyer gives for declining (a choice, so that declining is one press). */
  public static final List<String> DECLINE_REASONS =
      List.of("price", "other", "dates", "not_needed");

  private static final int ROWS_MIN = 1;
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

  @Inject private QuoteDesk desk;
  @Inject private QuoteDecisions decisions;
  @Inject private QuoteAttachments attachments;
  @Inject private CurrentUser currentUser;
  @Inject private Payments payments;
  @Inject private OrderService orders;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;

  private QuoteDesk.View view;
  private List<QuoteAttachment.Info> documents;
  private transient Part upload;
  private Long attachTo;
  private Long enterpriseId;
  private String text;
  private final List<LineRow> lines = new ArrayList<>();
  private String validUntil;
  private String note;
  private String payment = "BANK_TRANSFER";
  private String reason;

  /** A line of the quote form as typed. */
  public static class LineRow {
    private String description;
    private String quantity;
    private String unit;
    private String unitPrice;
    private Integer vatRate = 24;

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getQuantity() {
      return quantity;
    }

    public void setQuantity(String quantity) {
      this.quantity = quantity;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public String getUnitPrice() {
      return unitPrice;
    }

    public void setUnitPrice(String unitPrice) {
      this.unitPrice = unitPrice;
    }

    public Integer getVatRate() {
      return vatRate;
    }

    public void setVatRate(Integer vatRate) {
      this.vatRate = vatRate;
    }
  }

  /** As many rows as the form had (a hidden {@code rows}), so that what was typed comes back. */
  @PostConstruct
  void rows() {
    int rows =
        Pages.id("rows").map(Long::intValue).filter(n -> n >= 1 && n <= Quote.LINES_MAX).orElse(1);
    for (int i = 0; i < Math.max(rows, ROWS_MIN); i++) {
      lines.add(new LineRow());
    }
  }

  /** The sign-in page for a visitor; 404 for anyone who is not a side of the request. */
  public void load() {
    if (!currentUser.isSignedIn()) {
      Pages.redirect(
          "/login?next=" + URLEncoder.encode("/quotes/" + getId(), StandardCharsets.UTF_8));
      return;
    }
    if (getView() == null) {
      Pages.sendError(404);
    }
  }

  public QuoteDesk.View getView() {
    if (view == null && currentUser.isSignedIn()) {
      try {
        view = desk.read(currentUser.require(), Optional.ofNullable(getId()).orElse(-1L));
      } catch (NotFoundException e) {
        return null;
      }
    }
    return view;
  }

  public Long getId() {
    return Pages.id("id").orElse(null);
  }

  /** Whether the reader is the buyer (else an enterprise asked). */
  public boolean isBuyer() {
    return getView() != null && view.buyer();
  }

  /** The request is settled: a quote was accepted. */
  public boolean isDecided() {
    return getView() != null && view.request().getAcceptedQuoteId() != null;
  }

  /** The latest quote of each thread that has one: what the buyer compares. */
  public List<Quote> getCurrentQuotes() {
    if (getView() == null) {
      return List.of();
    }
    return getView().threads().stream()
        .map(QuoteThread::current)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The status a quote reads as today (EXPIRED past its day). */
  public String status(Quote quote) {
    return quote.status(LocalDate.now(QuoteDesk.ATHENS)).name();
  }

  /** Whether the buyer may still accept or decline it. */
  public boolean isOpen(Quote quote) {
    return quote.status(LocalDate.now(QuoteDesk.ATHENS)) == QuoteStatus.SENT && !isDecided();
  }

  /** The quote being accepted ({@code ?confirm=accept&quote=}), when it is one of this request. */
  public Quote getAccepting() {
    return confirming("accept");
  }

  public Quote getDeclining() {
    return confirming("decline");
  }

  private Quote confirming(String step) {
    return Pages.confirming(step, "quote")
        .flatMap(id -> getCurrentQuotes().stream().filter(q -> q.getId().equals(id)).findFirst())
        .filter(this::isOpen)
        .orElse(null);
  }

  /** A public body pays on account: it chooses nothing. */
  public boolean isOnAccount() {
    return getView() != null && view.request().getBuyerKind() == BuyerKind.PUBLIC_BODY;
  }

  public boolean isCardAvailable() {
    return payments.isAvailable(PaymentMethod.STRIPE);
  }

  public void accept() {
    Quote quote = getAccepting();
    if (quote == null) {
      formErrors.error("quotes.quote.gone");
      return;
    }
    try {
      PaymentMethod method = "STRIPE".equals(payment) ? PaymentMethod.STRIPE : PaymentMethod.MANUAL;
      ManualKind kind =
          "ON_PICKUP".equals(payment) ? ManualKind.ON_PICKUP : ManualKind.BANK_TRANSFER;
      var accepted = decisions.accept(currentUser.require(), quote.getId(), method, kind);
      var order = orders.ofBuyer(currentUser.require(), accepted.orderId());
      formErrors.info("quotes.accepted_now");
      Pages.redirect("/order?ref=" + order.getReference());
    } catch (BusinessException e) {
      formErrors.show("accept-quote", e);
    }
  }

  public void decline() {
    Quote quote = getDeclining();
    if (quote == null) {
      formErrors.error("quotes.quote.gone");
      return;
    }
    try {
      String why =
          reason != null && DECLINE_REASONS.contains(reason)
              ? Texts.get(
                  Locale.forLanguageTag(view.request().getLanguage()),
                  "quote_thread.reason." + reason)
              : null;
      decisions.decline(currentUser.require(), quote.getId(), why);
      formErrors.info("quotes.declined_now");
      Pages.redirect("/quotes/" + getId());
    } catch (BusinessException e) {
      formErrors.show("decline-quote", e);
    }
  }

  /** The buyer's documents for every enterprise asked. */
  public List<DocumentInfo> getRequestDocuments() {
    return documents(null);
  }

  /** The documents exchanged on one thread. */
  public List<DocumentInfo> documents(Long threadId) {
    if (getView() == null) {
      return List.of();
    }
    if (documents == null) {
      documents = attachments.visible(view);
    }
    return documents.stream()
        .filter(a -> java.util.Objects.equals(a.threadId(), threadId))
        .map(QuoteAttachments::info)
        .toList();
  }

  /** Sends a document: the buyer's to all asked or to one; an enterprise's on its thread. */
  public void attach() {
    if (getView() == null || getId() == null) {
      Pages.sendError(404);
      return;
    }
    try {
      DocumentFile file = DocumentParts.one(upload).orElse(null);
      if (file == null) {
        formErrors.fieldError("documents", "upload", "document.empty");
        return;
      }
      attachments.attach(
          currentUser.require(),
          getId(),
          view.buyer() || attachTo != null ? attachTo : chosenEnterprise(),
          file);
      formErrors.info("documents.added");
      Pages.redirect("/quotes/" + getId());
    } catch (DocumentRejectedException e) {
      formErrors.fieldError("documents", "upload", e.messageKey(), e.arguments());
    } catch (BusinessException e) {
      formErrors.show("documents", e);
    }
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public Long getAttachTo() {
    return attachTo;
  }

  public void setAttachTo(Long attachTo) {
    this.attachTo = attachTo;
  }

  public void write() {
    if (getView() == null || getId() == null) {
      Pages.sendError(404);
      return;
    }
    try {
      desk.write(currentUser.require(), getId(), chosenEnterprise(), text);
      formErrors.info("quotes.message_sent");
      Pages.redirect("/quotes/" + getId());
    } catch (BusinessException e) {
      formErrors.show("message", e);
    }
  }

  /** Another empty line in the quote form (what was typed stays). */
  public void addLine() {
    if (lines.size() < Quote.LINES_MAX) {
      lines.add(new LineRow());
    }
  }

  public void removeLine(int index) {
    if (lines.size() > 1 && index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
  }

  public void sendQuote() {
    if (getView() == null || getId() == null) {
      Pages.sendError(404);
      return;
    }
    List<QuoteDraft.Line> draft = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LineRow row = lines.get(i);
      boolean blank =
          blank(row.description) && blank(row.quantity) && blank(row.unitPrice) && blank(row.unit);
      if (blank && lines.size() > 1) {
        continue;
      }
      BigDecimal quantity = decimal(row.quantity);
      if (quantity == null && !blank(row.description)) {
        formErrors.messageFor("quote:lines:" + i + ":quantity", "quotes.line.quantity.invalid");
        return;
      }
      BigDecimal price = decimal(row.unitPrice);
      if (price == null && !blank(row.description)) {
        formErrors.messageFor("quote:lines:" + i + ":unitPrice", "quotes.line.price.invalid");
        return;
      }
      draft.add(new QuoteDraft.Line(row.description, quantity, row.unit, price, row.vatRate));
    }
    LocalDate until;
    try {
      until = blank(validUntil) ? null : LocalDate.parse(validUntil.strip());
    } catch (DateTimeParseException e) {
      until = LocalDate.MIN;
    }
    try {
      desk.send(
          currentUser.require(), getId(), chosenEnterprise(), new QuoteDraft(draft, until, note));
      formErrors.info("quotes.quote_sent");
      Pages.redirect("/quotes/" + getId());
    } catch (InvalidInputException e) {
      Matcher line = e.field() == null ? null : LINE_FIELD.matcher(e.field());
      if (line != null && line.matches()) {
        formErrors.messageFor(
            "quote:lines:" + line.group(1) + ":" + line.group(2), e.messageKey(), e.arguments());
      } else if ("lines".equals(e.field())) {
        formErrors.messageFor("quote:lines:0:description", e.messageKey(), e.arguments());
      } else {
        formErrors.show("quote", e);
      }
    } catch (BusinessException e) {
      formErrors.show("quote", e);
    }
  }

  /** The enterprise written for: the one chosen, or the only thread's. */
  private Long chosenEnterprise() {
    if (enterpriseId != null) {
      return enterpriseId;
    }
    var threads = getView() == null ? List.<QuoteThread>of() : view.threads();
    return threads.size() == 1 ? threads.get(0).getEnterprise().getId() : null;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * A decimal as people type it in the page's language ({@link TypedNumbers}: 1.200, 2,5 or 2.5);
   * -1 (refused by the desk, naming the field) when it is not a number.
   */
  private BigDecimal decimal(String value) {
    if (blank(value)) {
      return null;
    }
    return TypedNumbers.read(value, language.getLocale()).orElse(BigDecimal.valueOf(-1));
  }

  public List<String> getDeclineReasons() {
    return DECLINE_REASONS;
  }

  public List<Integer> getVatRates() {
    return List.of(24, 13, 6);
  }

  public List<LineRow> getLines() {
    return lines;
  }

  public int getRows() {
    return lines.size();
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public void setEnterpriseId(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getPayment() {
    return payment;
  }

  public void setPayment(String payment) {
    this.payment = payment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
