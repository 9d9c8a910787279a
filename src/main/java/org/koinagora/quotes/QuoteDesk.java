package org.koinagora.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.catalog.Listing;
import org.koinagora.checkout.OrderService;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseStatus;
import org.koinagora.enterprises.Region;
import org.koinagora.organisations.Delegation;
import org.koinagora.organisations.EnterpriseAccess;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.ConflictException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentUpload;
import org.koinagora.shared.i18n.Language;

/**
 * Requests for a quote: a buyer asks one to five enterprises, each answers in its own thread with
 * messages and quotes, and the buyer accepts one quote (which becomes an order) or declines. Only
 * the buyer and the enterprise of a thread (its members and support centres it delegated to, see
 * {@link EnterpriseAccess}) read it; anyone else is told it does not exist.
 */
@ApplicationScoped
public class QuoteDesk {

  /** Quotes are valid until a day in Greece's time. */
  public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final String REFERENCE_LETTERS = "ACDEFGHJKLMNPQRTUVWXY3479";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private EnterpriseAccess access;
  @Inject private Categories categories;
  @Inject private OrderService orders;
  @Inject private QuoteMails mails;
  @Inject private QuoteThrottle throttle;

  /**
   * A request as one reader sees it: the threads they may read, and whether they are its buyer
   * (else they answer for the enterprises of those threads).
   */
  public record View(QuoteRequest request, boolean buyer, List<QuoteThread> threads) {

    /**
     * The request was settled by accepting a quote this side may know of: any, for the buyer; its
     * own, for an enterprise (the others only learn that the request is closed).
     */
    public boolean acceptedHere() {
      Long accepted = request.getAcceptedQuoteId();
      return accepted != null
          && (buyer
              || threads.stream()
                  .flatMap(thread -> thread.getQuotes().stream())
                  .anyMatch(quote -> accepted.equals(quote.getId())));
    }
  }

  /**
   * A new request, from a signed-in buyer ({@code buyer}) or a guest giving an email (throttled by
   * {@code client}, the caller's address); one thread per enterprise asked. Mails the buyer and
   * each enterprise's members.
   */
  @Transactional
  public QuoteRequest ask(
      Optional<SignedInUser> buyer, QuoteQuestion question, Locale language, String client) {
    return ask(buyer, question, List.of(), language, client);
  }

  /** A new request with the buyer's documents, already checked ({@link DocumentUpload}). */
  @Transactional
  public QuoteRequest ask(
      Optional<SignedInUser> buyer,
      QuoteQuestion question,
      List<DocumentFile> files,
      Locale language,
      String client) {
    if (question == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    String email = buyer.map(SignedInUser::email).orElse(question.email());
    if (buyer.isEmpty()) {
      if (email == null || email.isBlank()) {
        throw new InvalidInputException("email", "quotes.email.required");
      }
      if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
        throw new InvalidInputException("email", "quotes.email.invalid");
      }
    }
    QuoteChecks.question(question);
    if (files.size() > QuoteAttachment.PER_REQUEST_MAX) {
      throw new InvalidInputException("file", "document.too_many", QuoteAttachment.PER_REQUEST_MAX);
    }
    Listing listing = null;
    List<Enterprise> asked;
    if (question.listingId() != null) {
      listing = em.find(Listing.class, question.listingId());
      if (listing == null || !listing.isPublic() || !listing.isQuoted()) {
        throw new InvalidInputException("listingId", "quotes.listing.not_quoted");
      }
      asked = List.of(listing.getEnterprise());
    } else if (question.enterpriseIds() != null && !question.enterpriseIds().isEmpty()) {
      asked = named(question.enterpriseIds());
    } else if (present(question.category()) || present(question.region())) {
      asked = offering(question.category(), question.region());
    } else {
      throw new InvalidInputException("enterpriseIds", "quotes.whom.required");
    }
    if (buyer.isEmpty()) {
      throttle.guestRequest(client);
    }
    Instant now = Instant.now();
    var request =
        new QuoteRequest(
            newReference(),
            buyer.map(SignedInUser::id).orElse(null),
            email,
            question,
            listing,
            Language.fromCode(language.getLanguage()).code(),
            now);
    for (Enterprise enterprise : asked) {
      request.openThread(enterprise, now);
    }
    em.persist(request);
    em.flush();
    for (DocumentFile file : files) {
      em.persist(
          new QuoteAttachment(
              request.getId(), null, QuoteMessage.Side.BUYER, request.getBuyerId(), file, now));
    }
    mails.asked(request, buyer.isPresent());
    return request;
  }

  /** The request as this reader sees it; 404 for anyone who is neither its buyer nor asked. */
  public View read(SignedInUser user, long requestId) {
    QuoteRequest request = em.find(QuoteRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException();
    }
    return view(request, user).orElseThrow(NotFoundException::new);
  }

  /**
   * Every request the user made, and every one asked of an enterprise they act for; newest first.
   */
  public List<View> mine(SignedInUser user) {
    Map<Long, QuoteRequest> found = new LinkedHashMap<>();
    em.createQuery(
            "SELECT r FROM QuoteRequest r WHERE r.buyerId = :user OR (r.buyerId IS NULL AND"
                + " LOWER(r.email) = :email) ORDER BY r.id DESC",
            QuoteRequest.class)
        .setParameter("user", user.id())
        .setParameter("email", user.email().toLowerCase(Locale.ROOT))
        .getResultList()
        .forEach(r -> found.put(r.getId(), r));
    Set<Long> enterprises = enterprisesOf(user);
    if (!enterprises.isEmpty()) {
      em.createQuery(
              "SELECT DISTINCT t.request FROM QuoteThread t WHERE t.enterprise.id IN :enterprises",
              QuoteRequest.class)
          .setParameter("enterprises", enterprises)
          .getResultList()
          .forEach(r -> found.putIfAbsent(r.getId(), r));
    }
    return found.values().stream()
        .sorted(Comparator.comparing(QuoteRequest::getId).reversed())
        .map(r -> view(r, user))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The requests asked of one enterprise the user acts for, newest first (its dashboard). */
  public List<QuoteThread> ofEnterprise(SignedInUser user, long enterpriseId) {
    access.on(user, enterpriseId);
    return em.createQuery(
            "SELECT t FROM QuoteThread t WHERE t.enterprise.id = :enterprise ORDER BY"
                + " t.lastMessageAt DESC, t.id DESC",
            QuoteThread.class)
        .setParameter("enterprise", enterpriseId)
        .getResultList();
  }

  /**
   * The enterprise's quote on the request; a newer one replaces (REVISED) the one still open. 409
   * once the buyer accepted a quote. Mails the buyer.
   */
  @Transactional
  public Quote send(SignedInUser user, long requestId, Long enterpriseId, QuoteDraft draft) {
    QuoteRequest request = em.find(QuoteRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException();
    }
    var acting = enterpriseSide(user, request, enterpriseId);
    QuoteChecks.draft(draft);
    decidedGuard(requestId);
    QuoteThread thread = request.threadOf(acting.enterprise().getId()).orElseThrow();
    Instant now = Instant.now();
    em.createNativeQuery(
            "UPDATE quote SET status = 'REVISED', version = version + 1 WHERE thread_id = ?1 AND"
                + " status = 'SENT'")
        .setParameter(1, thread.getId())
        .executeUpdate();
    thread.getQuotes().forEach(em::refresh);
    Quote quote = thread.add(new Quote(thread, draft, user.id(), now), now);
    em.persist(quote);
    em.flush();
    access.record(acting, "quote.sent", request.getReference());
    mails.quoted(quote, user);
    return quote;
  }

  /**
   * A message on a thread: the buyer names the enterprise ({@code enterpriseId}, needed when the
   * request went to several); the enterprise's side writes on its own thread. Mails the other side.
   */
  @Transactional
  public QuoteMessage write(SignedInUser user, long requestId, Long enterpriseId, String text) {
    QuoteRequest request = em.find(QuoteRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException();
    }
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "quotes.message.required");
    }
    if (text.strip().length() > QuoteMessage.BODY_MAX) {
      throw new InvalidInputException("text", "quotes.message.size", QuoteMessage.BODY_MAX);
    }
    Instant now = Instant.now();
    if (request.isBuyer(user.id(), user.email())) {
      QuoteThread thread;
      if (enterpriseId == null) {
        if (request.getThreads().size() != 1) {
          throw new InvalidInputException("enterpriseId", "quotes.enterprise.required");
        }
        thread = request.getThreads().get(0);
      } else {
        thread =
            request
                .threadOf(enterpriseId)
                .orElseThrow(
                    () -> new InvalidInputException("enterpriseId", "quotes.enterprise.unknown"));
      }
      var message =
          thread.write(QuoteMessage.Side.BUYER, user.id(), request.getBuyerName(), text, now);
      em.persist(message);
      mails.toEnterprise(thread, "message", message.getBody());
      return message;
    }
    var acting = enterpriseSide(user, request, enterpriseId);
    QuoteThread thread = request.threadOf(acting.enterprise().getId()).orElseThrow();
    var message =
        thread.write(
            QuoteMessage.Side.ENTERPRISE,
            user.id(),
            user.name() + " (" + acting.enterprise().getName() + ")",
            text,
            now);
    em.persist(message);
    access.record(acting, "quote.message", request.getReference());
    mails.messageToBuyer(thread, message);
    return message;
  }

  /** The enterprises the user may act for: as a member, or by a delegation to their centre. */
  public Set<Long> enterprisesOf(SignedInUser user) {
    Set<Long> ids = new LinkedHashSet<>();
    ids.addAll(
        em.createQuery(
                "SELECT e.id FROM Enterprise e WHERE :user MEMBER OF e.memberIds", Long.class)
            .setParameter("user", user.id())
            .getResultList());
    for (Delegation delegation : access.heldBy(user.id())) {
      ids.add(delegation.getEnterprise().getId());
    }
    return ids;
  }

  private Optional<View> view(QuoteRequest request, SignedInUser user) {
    if (request.isBuyer(user.id(), user.email())) {
      return Optional.of(new View(request, true, request.getThreads()));
    }
    List<QuoteThread> theirs = new ArrayList<>();
    for (QuoteThread thread : request.getThreads()) {
      if (mayAct(user, thread.getEnterprise())) {
        theirs.add(thread);
      }
    }
    return theirs.isEmpty() ? Optional.empty() : Optional.of(new View(request, false, theirs));
  }

  boolean mayAct(SignedInUser user, Enterprise enterprise) {
    try {
      access.on(user, enterprise);
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  /** Who answers for an enterprise asked: the one named, or the only one the user acts for. */
  EnterpriseAccess.Acting enterpriseSide(
      SignedInUser user, QuoteRequest request, Long enterpriseId) {
    List<EnterpriseAccess.Acting> sides = new ArrayList<>();
    for (QuoteThread thread : request.getThreads()) {
      if (enterpriseId != null && thread.getEnterprise().getId() != enterpriseId.longValue()) {
        continue;
      }
      try {
        sides.add(access.on(user, thread.getEnterprise()));
      } catch (AccessDeniedException e) {
        // not theirs
      }
    }
    if (sides.isEmpty()) {
      if (request.isBuyer(user.id(), user.email())) {
        throw new AccessDeniedException("quotes.enterprise_only");
      }
      throw new NotFoundException();
    }
    if (sides.size() > 1) {
      throw new InvalidInputException("enterpriseId", "quotes.enterprise.required");
    }
    return sides.get(0);
  }

  /**
   * Locks the request's row (the order of locks every change of its quotes takes): 409 once
   * decided.
   */
  void decidedGuard(long requestId) {
    Object accepted =
        em.createNativeQuery("SELECT accepted_quote_id FROM quote_request WHERE id = ?1 FOR UPDATE")
            .setParameter(1, requestId)
            .getSingleResult();
    if (accepted != null) {
      throw new ConflictException(null, "quotes.request_decided");
    }
  }

  private List<Enterprise> named(List<Long> ids) {
    Set<Long> distinct = new LinkedHashSet<>();
    for (Long id : ids) {
      if (id == null) {
        throw new InvalidInputException("enterpriseIds", "quotes.enterprise.unknown");
      }
      distinct.add(id);
    }
    if (distinct.size() > QuoteRequest.ENTERPRISES_MAX) {
      throw new InvalidInputException(
          "enterpriseIds", "quotes.enterprises.too_many", QuoteRequest.ENTERPRISES_MAX);
    }
    List<Enterprise> found = new ArrayList<>();
    for (Long id : distinct) {
      Enterprise enterprise = em.find(Enterprise.class, id);
      if (enterprise == null || enterprise.getStatus() != EnterpriseStatus.VERIFIED) {
        throw new InvalidInputException("enterpriseIds", "quotes.enterprise.unknown");
      }
      found.add(enterprise);
    }
    return found;
  }

  /** Up to five verified enterprises of the region with a QUOTE service in the category. */
  private List<Enterprise> offering(String categoryPath, String regionName) {
    Category category =
        categories
            .byPath(categoryPath)
            .orElseThrow(() -> new InvalidInputException("category", "quotes.category.unknown"));
    Region region;
    try {
      region = Region.valueOf(regionName == null ? "" : regionName.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("region", "quotes.region.unknown");
    }
    List<Enterprise> found =
        em.createQuery(
                "SELECT DISTINCT l.enterprise FROM Listing l WHERE l.category.id IN :categories"
                    + " AND l.enterprise.region = :region AND l.serviceBooking ="
                    + " org.koinagora.catalog.ServiceBooking.QUOTE AND l.kind ="
                    + " org.koinagora.catalog.ListingKind.SERVICE AND l.status ="
                    + " org.koinagora.catalog.ListingStatus.ACTIVE AND l.enterprise.status ="
                    + " org.koinagora.enterprises.EnterpriseStatus.VERIFIED",
                Enterprise.class)
            .setParameter("categories", categories.idsWithin(category))
            .setParameter("region", region)
            .getResultList();
    if (found.isEmpty()) {
      throw new ConflictException("category", "quotes.nobody");
    }
    return found.stream()
        .sorted(Comparator.comparing(Enterprise::getId))
        .limit(QuoteRequest.ENTERPRISES_MAX)
        .toList();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String newReference() {
    StringBuilder reference = new StringBuilder("Q-");
    for (int i = 0; i < 8; i++) {
      reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
    }
    return reference.toString();
  }
}
