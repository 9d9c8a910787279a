package org.koinagora.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.accounts.UserAccount;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;
import org.koinagora.shared.web.Formats;

/**
 * What each side of a request is told: the buyer in the language they asked in, each member of an
 * enterprise in their own; every mail links to the request's page.
 */
@ApplicationScoped
public class QuoteMails {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

  @PersistenceContext private EntityManager em;
  @Inject private Mailer mailer;
  @Inject private Links links;

  /**
   * The buyer learns whom they asked (a guest's mail carries nothing they typed: the address is not
   * confirmed); each enterprise's members get the request.
   */
  void asked(QuoteRequest request, boolean signedIn) {
    Locale theirs = buyerLocale(request);
    String whom =
        request.getThreads().stream()
            .map(t -> "- " + t.getEnterprise().getName())
            .collect(Collectors.joining("\n"));
    mailer.send(
        new Mail(
            request.getEmail(),
            Texts.get(theirs, "mail.quotes.asked.subject", request.getReference()),
            Texts.get(
                theirs,
                signedIn ? "mail.quotes.asked.body" : "mail.quotes.asked.guest_body",
                request.getReference(),
                whom,
                link(request))));
    for (QuoteThread thread : request.getThreads()) {
      for (Long memberId : thread.getEnterprise().getMemberIds()) {
        UserAccount member = em.find(UserAccount.class, memberId);
        if (member == null || !member.isActive()) {
          continue;
        }
        Locale locale = Language.fromCode(member.getLanguage()).locale();
        mailer.send(
            new Mail(
                member.getEmail(),
                Texts.get(locale, "mail.quotes.new.subject", request.getReference()),
                Texts.get(
                    locale,
                    "mail.quotes.new.body",
                    member.getName(),
                    thread.getEnterprise().getName(),
                    request.getBuyerName(),
                    Texts.get(locale, "BuyerKind." + request.getBuyerKind().name()),
                    request.getDescription(),
                    request.getPlace(),
                    request.getPeriod(),
                    request.getAmount(),
                    request.getBudget() == null
                        ? "—"
                        : Formats.moneyIn(request.getBudget(), locale),
                    link(request))));
      }
    }
  }

  /** A quote (or a revised one) for the buyer. */
  void quoted(Quote quote, SignedInUser author) {
    QuoteRequest request = quote.getThread().getRequest();
    Locale theirs = buyerLocale(request);
    String enterprise = quote.getThread().getEnterprise().getName();
    String lines =
        quote.getLines().stream()
            .map(
                line ->
                    "  "
                        + line.amountText()
                        + " × "
                        + line.getDescription()
                        + " — "
                        + Formats.moneyIn(line.total(), theirs))
            .collect(Collectors.joining("\n"));
    mailer.send(
        new Mail(
            request.getEmail(),
            Texts.get(theirs, "mail.quotes.quoted.subject", enterprise, request.getReference()),
            Texts.get(
                theirs,
                "mail.quotes.quoted.body",
                request.getBuyerName(),
                enterprise,
                lines,
                Formats.moneyIn(quote.getTotal(), theirs),
                quote.getValidUntil().format(DAY),
                quote.getNote() == null ? "" : quote.getNote(),
                link(request))));
  }

  /** A message of the enterprise's side for the buyer. */
  void messageToBuyer(QuoteThread thread, QuoteMessage message) {
    QuoteRequest request = thread.getRequest();
    Locale theirs = buyerLocale(request);
    mailer.send(
        new Mail(
            request.getEmail(),
            Texts.get(
                theirs,
                "mail.quotes.reply.subject",
                thread.getEnterprise().getName(),
                request.getReference()),
            Texts.get(
                theirs,
                "mail.quotes.reply.body",
                request.getBuyerName(),
                thread.getEnterprise().getName(),
                message.getBody(),
                link(request))));
  }

  /**
   * Each active member of the thread's enterprise, in their language: a buyer's {@code message}, or
   * that the buyer {@code accepted} (detail: the order) or {@code declined} (detail: reason).
   */
  void toEnterprise(QuoteThread thread, String what, String detail) {
    QuoteRequest request = thread.getRequest();
    for (Long memberId : thread.getEnterprise().getMemberIds()) {
      UserAccount member = em.find(UserAccount.class, memberId);
      if (member == null || !member.isActive()) {
        continue;
      }
      Locale locale = Language.fromCode(member.getLanguage()).locale();
      mailer.send(
          new Mail(
              member.getEmail(),
              Texts.get(
                  locale,
                  "mail.quotes." + what + ".subject",
                  request.getBuyerName(),
                  request.getReference()),
              Texts.get(
                  locale,
                  "mail.quotes." + what + ".body",
                  member.getName(),
                  request.getBuyerName(),
                  request.getReference(),
                  detail,
                  link(request))));
    }
  }

  private String link(QuoteRequest request) {
    return links.to("/quotes/" + request.getId());
  }

  private static Locale buyerLocale(QuoteRequest request) {
    return Language.fromCode(request.getLanguage()).locale();
  }
}
