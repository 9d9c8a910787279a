package org.koinagora.organisations;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.HashedToken;
import org.koinagora.shared.persistence.VersionedEntity;

/**
 * A group's request for advice to a support centre: OPEN while either side writes, CLOSED once the
 * centre's staff close it (then it is read only). A requester without an account reads and answers
 * through a private link whose secret only its mail holds; each mail to the requester carries a new
 * link that replaces the last one.
 */
@Entity
@Table(name = "advice_request")
public class AdviceRequest extends VersionedEntity {

  public static final int NAME_MAX = 120;
  public static final int GROUP_MAX = 160;
  public static final int EMAIL_MAX = 254;

  /** How long a mailed link opens the thread. */
  static final Duration LINK_LIFETIME = Duration.ofDays(180);

  /** Where the conversation stands. */
  public enum Status {
    OPEN,
    CLOSED
  }

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "requester_id")
  private Long requesterId;

  @Column(name = "requester_name", nullable = false, length = NAME_MAX)
  private String requesterName;

  @Column(nullable = false, length = EMAIL_MAX)
  private String email;

  @Column(name = "group_name", length = GROUP_MAX)
  private String groupName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", length = 40)
  private LegalForm legalForm;

  /** The requester's language, for the mails to them. */
  @Column(nullable = false, length = 2)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Embedded
  @AttributeOverride(name = "createdAt", column = @Column(name = "token_issued_at"))
  @AttributeOverride(name = "expiresAt", column = @Column(name = "token_expires_at"))
  @AttributeOverride(name = "usedAt", column = @Column(name = "token_ended_at"))
  private HashedToken link;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<AdviceMessage> messages = new ArrayList<>();

  protected AdviceRequest() {}

  /**
   * A new request whose first message is the question; returns with the secret of its first link.
   */
  static Asked ask(
      Organisation centre,
      AdviceQuestion question,
      Long requesterId,
      String language,
      Instant now) {
    var request = new AdviceRequest();
    request.organisation = centre;
    request.requesterId = requesterId;
    request.requesterName = question.name().strip();
    request.email = question.email().strip();
    request.groupName = blankToNull(question.groupName());
    request.region = question.region();
    request.legalForm = question.legalForm();
    request.language = language;
    request.status = Status.OPEN;
    request.createdAt = now;
    String secret = request.newLink();
    request.write(
        AdviceMessage.Author.REQUESTER,
        requesterId,
        request.requesterName,
        question.message(),
        now);
    return new Asked(request, secret);
  }

  /** A request just made, with the secret of the link mailed to its requester. */
  record Asked(AdviceRequest request, String secret) {}

  /** A message from either side; refused once the thread is closed. */
  AdviceMessage write(
      AdviceMessage.Author author, Long accountId, String name, String body, Instant now) {
    if (status != Status.OPEN) {
      throw new ConflictException("body", "advice.closed");
    }
    var message = new AdviceMessage(this, author, accountId, name, body, now);
    messages.add(message);
    lastMessageAt = now;
    return message;
  }

  /** The centre's staff end the conversation; closing twice changes nothing. */
  void close(Instant now) {
    if (status == Status.OPEN) {
      status = Status.CLOSED;
      closedAt = now;
    }
  }

  /** A new private link for the requester's next mail; the previous one stops working. */
  String newLink() {
    var issued = HashedToken.issue(LINK_LIFETIME);
    link = issued.token();
    return issued.secret();
  }

  /** Whether the secret is the one of the latest link, still valid. */
  boolean opensWith(String secret, Instant now) {
    return link.matches(secret) && link.isUsable(now);
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public boolean isRequester(long accountId) {
    return requesterId != null && requesterId == accountId;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Long getRequesterId() {
    return requesterId;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getEmail() {
    return email;
  }

  public String getGroupName() {
    return groupName;
  }

  public Region getRegion() {
    return region;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public String getLanguage() {
    return language;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public List<AdviceMessage> getMessages() {
    return List.copyOf(messages);
  }

  /** The last message's side: whose turn it is to answer. */
  public AdviceMessage.Author lastAuthor() {
    return messages.isEmpty() ? null : messages.get(messages.size() - 1).getAuthor();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
