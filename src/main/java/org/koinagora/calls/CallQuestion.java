package org.koinagora.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.persistence.VersionedEntity;

/** A question on a call and its answer; both public, the asker never shown. */
@Entity
@Table(name = "reserved_call_question")
public class CallQuestion extends VersionedEntity {

  public static final int TEXT_MAX = 4000;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "call_id")
  private Call call;

  @Column(name = "asker_id")
  private Long askerId;

  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String question;

  @Column(columnDefinition = "TEXT")
  private String answer;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected CallQuestion() {}

  CallQuestion(Call call, long askerId, long enterpriseId, String question, Instant now) {
    this.call = call;
    this.askerId = askerId;
    this.enterpriseId = enterpriseId;
    this.question = question.strip();
    this.askedAt = now;
  }

  /** The organisation's answer; a second answer corrects the first. */
  void answer(String text, Instant now) {
    if (call.getStoredStatus() == CallStatus.CANCELLED) {
      throw new ConflictException(null, "call.not_open");
    }
    this.answer = text.strip();
    this.answeredAt = now;
  }

  public Call getCall() {
    return call;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public boolean isAnswered() {
    return answer != null;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
