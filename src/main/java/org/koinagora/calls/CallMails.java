package org.koinagora.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.koinagora.accounts.UserAccount;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.Links;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;
import org.koinagora.shared.mail.Mail;
import org.koinagora.shared.mail.Mailer;
import org.koinagora.shared.web.Formats;

/**
 * What a call's two sides are told, each person in their own language, queued in the transaction of
 * the action (see {@link Mailer}): the organisation's staff learn of a question (never who asked),
 * and every enterprise in a standing offer (a joint offer's partners too) learns of the award or
 * the cancellation. No mail carries an offer's price but the winner's, once it is public.
 */
@ApplicationScoped
public class CallMails {

  @PersistenceContext private EntityManager em;
  @Inject private Mailer mailer;
  @Inject private EnterpriseService enterprises;
  @Inject private Links links;

  /** Each active staff member of the call's organisation gets the question, to answer it. */
  void asked(CallQuestion question) {
    Call call = question.getCall();
    for (Long staffId : call.getOrganisation().staffIds()) {
      UserAccount staff = em.find(UserAccount.class, staffId);
      if (staff == null || !staff.isActive()) {
        continue;
      }
      Locale locale = Language.fromCode(staff.getLanguage()).locale();
      mailer.send(
          new Mail(
              staff.getEmail(),
              Texts.get(locale, "mail.call.question.subject", call.title(locale)),
              Texts.get(
                  locale,
                  "mail.call.question.body",
                  staff.getName(),
                  call.title(locale),
                  call.getOrganisation().name(locale),
                  question.getQuestion(),
                  links.to("/dashboard/calls?id=" + call.getId()))));
    }
  }

  /**
   * Every enterprise in a standing offer learns who won and at what price: the winner's side that
   * it won, the others to whom it went.
   */
  void awarded(Call call) {
    CallOffer winner = call.getAwardOffer();
    Map<Long, Enterprise> told = inStandingOffers(call);
    List<Long> winners = enterprisesOf(winner).stream().map(Enterprise::getId).toList();
    told.forEach(
        (id, enterprise) -> {
          boolean won = winners.contains(id);
          enterprises.mailMembers(
              enterprise,
              (member, locale) ->
                  new Mail(
                      member.getEmail(),
                      Texts.get(
                          locale,
                          won ? "mail.call.won.subject" : "mail.call.awarded.subject",
                          call.title(locale)),
                      won
                          ? Texts.get(
                              locale,
                              "mail.call.won.body",
                              member.getName(),
                              call.getOrganisation().name(locale),
                              call.title(locale),
                              winnerName(winner, locale),
                              Formats.moneyIn(winner.getPrice(), locale),
                              call.getAwardReason(),
                              link(call))
                          : Texts.get(
                              locale,
                              "mail.call.awarded.body",
                              member.getName(),
                              call.getOrganisation().name(locale),
                              call.title(locale),
                              enterprise.getName(),
                              winnerName(winner, locale),
                              Formats.moneyIn(winner.getPrice(), locale),
                              call.getAwardReason(),
                              link(call))));
        });
  }

  /** Every enterprise in a standing offer learns that the call was cancelled, and why. */
  void cancelled(Call call) {
    for (Enterprise enterprise : inStandingOffers(call).values()) {
      enterprises.mailMembers(
          enterprise,
          (member, locale) ->
              new Mail(
                  member.getEmail(),
                  Texts.get(locale, "mail.call.cancelled.subject", call.title(locale)),
                  Texts.get(
                      locale,
                      "mail.call.cancelled.body",
                      member.getName(),
                      call.getOrganisation().name(locale),
                      call.title(locale),
                      enterprise.getName(),
                      call.getCancelReason() == null ? "—" : call.getCancelReason(),
                      link(call))));
    }
  }

  /** The enterprises of the standing offers and the partners they name, by id, once each. */
  private Map<Long, Enterprise> inStandingOffers(Call call) {
    Map<Long, Enterprise> found = new LinkedHashMap<>();
    for (CallOffer offer : standing(call)) {
      enterprisesOf(offer).forEach(enterprise -> found.putIfAbsent(enterprise.getId(), enterprise));
    }
    return found;
  }

  private List<CallOffer> standing(Call call) {
    return em.createQuery(
            "SELECT o FROM CallOffer o WHERE o.call = :call AND o.status ="
                + " org.koinagora.calls.CallOffer.Status.SUBMITTED ORDER BY o.id",
            CallOffer.class)
        .setParameter("call", call)
        .getResultList();
  }

  /** The offer's enterprise and each partner it names. */
  private List<Enterprise> enterprisesOf(CallOffer offer) {
    List<Enterprise> found = new ArrayList<>();
    found.add(offer.getEnterprise());
    for (CallOffer.Partner partner : offer.getPartners()) {
      Enterprise enterprise = em.find(Enterprise.class, partner.getEnterpriseId());
      if (enterprise != null) {
        found.add(enterprise);
      }
    }
    return found;
  }

  /** "A", or for a joint offer "A with B, C". */
  private String winnerName(CallOffer winner, Locale locale) {
    List<Enterprise> all = enterprisesOf(winner);
    if (all.size() == 1) {
      return all.get(0).getName();
    }
    return Texts.get(
        locale,
        "mail.call.joint",
        all.get(0).getName(),
        all.subList(1, all.size()).stream()
            .map(Enterprise::getName)
            .collect(Collectors.joining(", ")));
  }

  private String link(Call call) {
    return links.to("/calls/" + call.getId());
  }
}
