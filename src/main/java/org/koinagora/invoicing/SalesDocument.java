package org.koinagora.invoicing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.koinagora.checkout.OrderPart;
import org.koinagora.invoicing.mydata.MyDataReceipt;
import org.koinagora.shared.Money;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A receipt or invoice an enterprise issued for its part of an order, numbered per enterprise and
 * series, or the cancellation of one; with its state at myDATA (MARK, UID, QR address, or the error
 * and when to try again).
 */
@Entity
@Table(name = "sales_document")
@NamedQuery(
    name = "SalesDocument.ofPart",
    query = "SELECT d FROM SalesDocument d WHERE d.part.id = :part ORDER BY d.id")
@NamedQuery(
    name = "SalesDocument.due",
    query =
        "SELECT d.id FROM SalesDocument d WHERE d.myDataStatus ="
            + " org.koinagora.invoicing.MyDataStatus.PENDING AND d.nextAttemptAt <= :now ORDER BY"
            + " d.id")
public class SalesDocument extends VersionedEntity {

  /** Waits between tries at myDATA: 1, 2, 4 … minutes, at most 6 hours. */
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  static final Duration LAST_RETRY = Duration.ofHours(6);

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "part_id")
  private OrderPart part;

  @Column(name = "enterprise_id", nullable = false)
  private long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private DocumentKind kind;

  @Column(nullable = false, length = 8)
  private String series;

  @Column(nullable = false)
  private long number;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "net_total", nullable = false, precision = 12, scale = 2))
  private Money netTotal;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "vat_total", nullable = false, precision = 12, scale = 2))
  private Money vatTotal;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "gross_total", nullable = false, precision = 12, scale = 2))
  private Money grossTotal;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cancels_id")
  private SalesDocument cancels;

  @Enumerated(EnumType.STRING)
  @Column(name = "mydata_status", nullable = false, length = 12)
  private MyDataStatus myDataStatus;

  private Long mark;

  @Column(length = 64)
  private String uid;

  @Column(name = "qr_url", length = 300)
  private String qrUrl;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "own_url", length = 500)
  private String ownUrl;

  protected SalesDocument() {}

  SalesDocument(
      OrderPart part,
      DocumentKind kind,
      long number,
      DocumentTotals totals,
      SalesDocument cancels,
      boolean toMyData,
      Instant now) {
    this.part = part;
    this.enterpriseId = part.getEnterprise().getId();
    this.kind = kind;
    this.series = kind.series();
    this.number = number;
    this.issuedAt = now;
    this.netTotal = totals.net();
    this.vatTotal = totals.vat();
    this.grossTotal = totals.gross();
    this.cancels = cancels;
    this.myDataStatus = toMyData ? MyDataStatus.PENDING : MyDataStatus.NONE;
    this.nextAttemptAt = toMyData ? now : null;
  }

  /** A document the enterprise issued with its own provider, linked to the part. */
  static SalesDocument own(OrderPart part, String url, DocumentTotals totals, Instant now) {
    var document =
        new SalesDocument(part, DocumentKind.OWN, part.getId(), totals, null, false, now);
    document.ownUrl = url;
    return document;
  }

  void linkOwn(String url) {
    ownUrl = url;
  }

  void sent(MyDataReceipt receipt) {
    myDataStatus = MyDataStatus.SENT;
    mark = receipt.mark();
    uid = receipt.uid();
    qrUrl = receipt.qrUrl();
    nextAttemptAt = null;
    lastError = null;
    attempts++;
  }

  /** A try that failed: again later when it may succeed, otherwise FAILED until retried by hand. */
  void failed(String error, boolean retryable, Instant now) {
    attempts++;
    lastError = error == null ? "" : error.substring(0, Math.min(500, error.length()));
    if (retryable) {
      long minutes = FIRST_RETRY.toMinutes() << Math.min(attempts - 1, 10);
      nextAttemptAt = now.plus(Duration.ofMinutes(Math.min(minutes, LAST_RETRY.toMinutes())));
    } else {
      myDataStatus = MyDataStatus.FAILED;
      nextAttemptAt = null;
    }
  }

  /** The enterprise asks to send it again (after fixing its credentials). */
  void retry(Instant now) {
    if (myDataStatus == MyDataStatus.FAILED || myDataStatus == MyDataStatus.PENDING) {
      myDataStatus = MyDataStatus.PENDING;
      nextAttemptAt = now;
    }
  }

  public OrderPart getPart() {
    return part;
  }

  public long getEnterpriseId() {
    return enterpriseId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getSeries() {
    return series;
  }

  public long getNumber() {
    return number;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Money getNetTotal() {
    return netTotal;
  }

  public Money getVatTotal() {
    return vatTotal;
  }

  public Money getGrossTotal() {
    return grossTotal;
  }

  public SalesDocument getCancels() {
    return cancels;
  }

  public MyDataStatus getMyDataStatus() {
    return myDataStatus;
  }

  public Long getMark() {
    return mark;
  }

  public String getUid() {
    return uid;
  }

  public String getQrUrl() {
    return qrUrl;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getOwnUrl() {
    return ownUrl;
  }
}
