package org.koinagora.quotes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.shared.persistence.BaseEntity;

/** One enterprise's side of a request: the messages both sides wrote and the quotes it sent. */
@Entity
@Table(name = "quote_thread")
public class QuoteThread extends BaseEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  private QuoteRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @OneToMany(mappedBy = "thread", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<QuoteMessage> messages = new ArrayList<>();

  @OneToMany(mappedBy = "thread", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Quote> quotes = new ArrayList<>();

  protected QuoteThread() {}

  QuoteThread(QuoteRequest request, Enterprise enterprise, Instant now) {
    this.request = request;
    this.enterprise = enterprise;
    this.lastMessageAt = now;
  }

  QuoteMessage write(
      QuoteMessage.Side side, Long authorId, String authorName, String body, Instant now) {
    var message = new QuoteMessage(this, side, authorId, authorName, body.strip(), now);
    messages.add(message);
    lastMessageAt = now;
    return message;
  }

  Quote add(Quote quote, Instant now) {
    quotes.add(quote);
    lastMessageAt = now;
    return quote;
  }

  /** The quote the buyer may act on now: the latest one, unless it was replaced or decided. */
  public Optional<Quote> current() {
    return quotes.isEmpty() ? Optional.empty() : Optional.of(quotes.get(quotes.size() - 1));
  }

  public QuoteRequest getRequest() {
    return request;
  }

  public Enterprise getEnterprise() {
    return enterprise;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public List<QuoteMessage> getMessages() {
    return messages;
  }

  public List<Quote> getQuotes() {
    return quotes;
  }
}
