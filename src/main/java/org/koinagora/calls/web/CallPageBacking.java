package org.koinagora.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.SignedInUser;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDocuments;
import org.koinagora.calls.CallQuestion;
import org.koinagora.calls.Calls;
import org.koinagora.calls.Eligibility;
import org.koinagora.calls.Offers;
import org.koinagora.enterprises.Enterprise;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.enterprises.EnterpriseService;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentInfo;
import org.koinagora.shared.documents.DocumentParts;
import org.koinagora.shared.documents.DocumentRejectedException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.i18n.TypedNumbers;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /calls/{id}: a published call for anyone — its answered questions, the number of offers, the
 * award — and, for a member of an enterprise, whether it may offer (and why not), its own offer,
 * the offer form and the question form. Never another enterprise's offer.
 */
@Named
@RequestScoped
public class CallPageBacking {

  @Inject private Calls calls;
  @Inject private Offers offers;
  @Inject private EnterpriseService enterprises;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private LanguageBean language;
  @Inject private CallDocuments documents;
  @Inject private EnterpriseDirectory directory;

  private Call call;
  private Optional<Enterprise> enterprise;
  private Eligibility eligibility;
  private Optional<Offers.Opened> own;
  private String question;
  private String price;
  private String note;
  private transient Part upload;
  private Long partner1;
  private Long partner2;
  private boolean partnersRead;

  public void load() {
    try {
      getCall();
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  public Call getCall() {
    if (call == null) {
      Long id = Pages.id("id").orElseThrow(NotFoundException::new);
      call = calls.published(id);
    }
    return call;
  }

  public long getOffers() {
    return calls.offerCount(getCall());
  }

  public List<CallQuestion> getQuestions() {
    return calls.answeredQuestions(getCall());
  }

  public boolean isTakingOffers() {
    return getCall().takesOffers(Instant.now());
  }

  public boolean isTakingQuestions() {
    return getCall().takesQuestions(Instant.now());
  }

  /** The signed-in member's enterprise (the one named by ?enterprise=, else their first). */
  public Enterprise getEnterprise() {
    if (enterprise == null) {
      enterprise = Optional.empty();
      Optional<SignedInUser> user = currentUser.get();
      if (user.isPresent()) {
        List<Enterprise> theirs = enterprises.ofMember(user.get().id());
        Optional<Long> named = Pages.id("enterprise");
        enterprise =
            theirs.stream()
                .filter(e -> named.isEmpty() || e.getId().equals(named.get()))
                .findFirst();
      }
    }
    return enterprise.orElse(null);
  }

  public Eligibility getEligibility() {
    if (eligibility == null && getEnterprise() != null) {
      eligibility = calls.eligibility(getCall(), getEnterprise());
    }
    return eligibility;
  }

  public List<String> getReasons() {
    return getEligibility() == null ? List.of() : getEligibility().reasons(language.getLocale());
  }

  /** The member's own offer on this call, note opened: theirs alone to read. */
  public Offers.Opened getOwn() {
    if (own == null) {
      own =
          getEnterprise() == null
              ? Optional.empty()
              : Optional.ofNullable(
                  offers.ownOn(currentUser.require(), getCall(), getEnterprise()));
    }
    return own.orElse(null);
  }

  public void ask() {
    try {
      calls.ask(currentUser.require(), getCall().getId(), getEnterprise(), question);
      formErrors.info("call_page.question_sent");
      Pages.redirect("/calls/" + getCall().getId());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("ask", e, java.util.Map.of("text", "question"));
    }
  }

  public void submit() {
    try {
      var submitted =
          offers.submit(
              currentUser.require(),
              getCall().getId(),
              getEnterprise() == null ? null : getEnterprise().getId(),
              typedPrice(),
              note,
              chosenPartners(),
              language.getLocale());
      formErrors.info(submitted.replaced() ? "call_page.offer_replaced" : "call_page.offer_sent");
      Pages.redirect("/calls/" + getCall().getId());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("offer", e, java.util.Map.of("partners", "partner1"));
    }
  }

  /** The call's documents, for everyone. */
  public List<DocumentInfo> getDocuments() {
    return getCall() == null ? List.of() : documents.ofCall(call.getId());
  }

  /** The documents of the enterprise's own offer (sealed to anyone else until the deadline). */
  public List<DocumentInfo> getOwnDocuments() {
    Offers.Opened mine = getOwn();
    return mine == null
        ? List.of()
        : documents.ofOffer(mine.offer(), CallDocuments.ownUrl(mine.offer()));
  }

  public void addDocument() {
    try {
      Offers.Opened mine = getOwn();
      if (mine == null) {
        throw new NotFoundException();
      }
      DocumentFile file = DocumentParts.one(upload).orElse(null);
      if (file == null) {
        formErrors.fieldError("offer-documents", "upload", "document.empty");
        return;
      }
      documents.addToOffer(currentUser.require(), mine.offer().getId(), file);
      formErrors.info("documents.added");
      Pages.redirect("/calls/" + getCall().getId() + "#offer-documents-title");
    } catch (DocumentRejectedException e) {
      formErrors.fieldError("offer-documents", "upload", e.messageKey(), e.arguments());
    } catch (BusinessException e) {
      formErrors.show("offer-documents", e);
    }
  }

  public void removeDocument(long documentId) {
    try {
      Offers.Opened mine = getOwn();
      if (mine == null) {
        throw new NotFoundException();
      }
      documents.removeFromOffer(currentUser.require(), mine.offer().getId(), documentId);
      formErrors.info("documents.removed");
      Pages.redirect("/calls/" + getCall().getId() + "#offer-documents-title");
    } catch (BusinessException e) {
      formErrors.show("offer-documents-list", e);
    }
  }

  /**
   * The enterprises that may be named as partners: verified, of a legal form the call admits, not
   * the member's own; whether each is eligible is checked (and explained) when the offer is sent.
   */
  public List<Enterprise> getPartnerChoices() {
    if (getEnterprise() == null) {
      return List.of();
    }
    return directory.publicList(null).stream()
        .filter(e -> !e.getId().equals(enterprise.get().getId()))
        .filter(
            e -> call.getLegalForms().isEmpty() || call.getLegalForms().contains(e.getLegalForm()))
        .sorted(java.util.Comparator.comparing(Enterprise::getName))
        .toList();
  }

  /** The partners chosen on the form; by default those the standing offer names. */
  private List<Long> chosenPartners() {
    List<Long> chosen = new java.util.ArrayList<>();
    for (Long id : new Long[] {getPartner1(), getPartner2()}) {
      if (id != null && !chosen.contains(id)) {
        chosen.add(id);
      }
    }
    return chosen;
  }

  private void readPartners() {
    if (!partnersRead) {
      partnersRead = true;
      if (partner1 == null && partner2 == null && getOwn() != null) {
        List<Long> named = List.copyOf(getOwn().offer().partnerIds());
        partner1 = named.isEmpty() ? null : named.get(0);
        partner2 = named.size() < 2 ? null : named.get(1);
      }
    }
  }

  public Long getPartner1() {
    readPartners();
    return partner1;
  }

  public void setPartner1(Long partner1) {
    this.partner1 = partner1;
    this.partnersRead = true;
  }

  public Long getPartner2() {
    readPartners();
    return partner2;
  }

  public void setPartner2(Long partner2) {
    this.partner2 = partner2;
    this.partnersRead = true;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  /** The offer's price as typed in the page's language ({@link TypedNumbers}). */
  private BigDecimal typedPrice() {
    if (TypedNumbers.isBlank(price)) {
      return null;
    }
    return TypedNumbers.read(price, language.getLocale())
        .orElseThrow(() -> new InvalidInputException("price", "call.number.invalid"));
  }

  public void withdraw() {
    try {
      Offers.Opened mine = getOwn();
      if (mine == null) {
        throw new NotFoundException();
      }
      offers.withdraw(currentUser.require(), mine.offer().getId());
      formErrors.info("call_page.offer_withdrawn");
      Pages.redirect("/calls/" + getCall().getId());
    } catch (BusinessException e) {
      formErrors.show("withdraw", e);
    }
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getPrice() {
    if (price == null && getOwn() != null && getOwn().offer().isSubmitted()) {
      return getOwn().offer().getPrice().toPlainString();
    }
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getNote() {
    if (note == null && getOwn() != null && getOwn().offer().isSubmitted()) {
      return getOwn().note();
    }
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
