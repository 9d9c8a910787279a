package org.koinagora.calls.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.calls.AwardTerms;
import org.koinagora.calls.Call;
import org.koinagora.calls.CallDocuments;
import org.koinagora.calls.CallOrders;
import org.koinagora.calls.CallQuestion;
import org.koinagora.calls.CallStatus;
import org.koinagora.calls.Calls;
import org.koinagora.calls.KoinsepKind;
import org.koinagora.calls.Offers;
import org.koinagora.catalog.Categories;
import org.koinagora.catalog.Category;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.documents.DocumentFile;
import org.koinagora.shared.documents.DocumentInfo;
import org.koinagora.shared.documents.DocumentParts;
import org.koinagora.shared.documents.DocumentRejectedException;
import org.koinagora.shared.i18n.LanguageBean;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /dashboard/calls[?id=]: an organisation's staff list their calls, write and publish one, answer
 * its questions, and — only after the offer deadline — compare the offers and award or cancel.
 * Before the deadline this page knows the number of offers and nothing else of them.
 */
@Named
@RequestScoped
public class CallDashboardBacking {

  @Inject private Calls calls;
  @Inject private Offers offers;
  @Inject private Categories categories;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private CallDocuments documents;
  @Inject private CallOrders callOrders;
  @Inject private LanguageBean language;

  private Call call;
  private CallForm form;
  private List<Offers.Opened> unsealed;
  private Long questionId;
  private String answer;
  private Long offerId;
  private String reason;
  private String cancelReason;
  private String afm;
  private String doy;
  private String decisionReference;
  private Integer vatRate = AwardTerms.DEFAULT_VAT_RATE;
  private transient Part upload;
  private List<DocumentInfo> callDocuments;
  private final Map<Long, List<DocumentInfo>> offerDocuments = new HashMap<>();

  public void load() {
    try {
      getCall();
    } catch (AccessDeniedException e) {
      Pages.sendError(403);
    } catch (NotFoundException e) {
      Pages.sendError(404);
    }
  }

  /** The call named by ?id= (staff of its organisation only), or null for a new one. */
  public Call getCall() {
    if (call == null) {
      var id = Pages.id("id");
      if (id.isPresent()) {
        call = calls.managed(currentUser.require(), id.get(), false);
      }
    }
    return call;
  }

  public List<Call> getMine() {
    try {
      return calls.ofStaff(currentUser.require());
    } catch (AccessDeniedException e) {
      return List.of();
    }
  }

  public CallForm getForm() {
    if (form == null) {
      form = getCall() == null ? new CallForm() : CallForm.of(getCall());
    }
    return form;
  }

  public boolean isDraft() {
    return getCall() != null && getCall().getStoredStatus() == CallStatus.DRAFT;
  }

  public boolean isUnsealed() {
    return getCall() != null && getCall().isUnsealed(Instant.now());
  }

  public boolean isAwardable() {
    return isUnsealed() && getCall().getStoredStatus() == CallStatus.OPEN;
  }

  public boolean isCancellable() {
    return getCall() != null
        && (getCall().getStoredStatus() == CallStatus.DRAFT
            || getCall().getStoredStatus() == CallStatus.OPEN);
  }

  public long getOfferCount() {
    return calls.offerCount(getCall());
  }

  /** The offers side by side, cheapest first — empty (never read) while they are sealed. */
  public List<Offers.Opened> getOffers() {
    if (unsealed == null) {
      unsealed =
          isUnsealed() ? offers.unsealed(currentUser.require(), getCall().getId()) : List.of();
    }
    return unsealed;
  }

  public String partnerNames(Offers.Opened opened) {
    return String.join(
        ", ",
        opened.offer().getPartners().stream()
            .map(p -> offers.enterprise(p.getEnterpriseId()).getName())
            .toList());
  }

  public List<CallQuestion> getQuestions() {
    return getCall() == null
        ? List.of()
        : calls.allQuestions(currentUser.require(), getCall().getId());
  }

  public void save() {
    try {
      Call saved =
          getCall() == null
              ? calls.create(currentUser.require(), null, getForm().draft(language.getLocale()))
              : calls.edit(
                  currentUser.require(), getCall().getId(), getForm().draft(language.getLocale()));
      formErrors.info("call_dashboard.saved");
      Pages.redirect("/dashboard/calls?id=" + saved.getId());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show(
          "call",
          e,
          Map.of("titleEl", "titleEl", "titleEn", "titleEn", "descriptionEl", "descriptionEl"));
    }
  }

  public void publish() {
    try {
      calls.publish(currentUser.require(), getCall().getId());
      formErrors.info("call_dashboard.published");
      Pages.redirect("/dashboard/calls?id=" + getCall().getId());
    } catch (BusinessException e) {
      formErrors.show("publish", e);
    }
  }

  public void answer() {
    try {
      if (questionId == null) {
        formErrors.fieldError("answer", "questionId", "call_dashboard.question.required");
        return;
      }
      calls.answer(currentUser.require(), getCall().getId(), questionId, answer);
      formErrors.info("call_dashboard.answered");
      Pages.redirect("/dashboard/calls?id=" + getCall().getId() + "#questions-title");
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("answer", e, Map.of("text", "answerText"));
    }
  }

  public void award() {
    try {
      calls.award(
          currentUser.require(),
          getCall().getId(),
          offerId,
          reason,
          new AwardTerms(afm, doy, decisionReference, vatRate));
      formErrors.info("call_dashboard.awarded");
      Pages.redirect("/calls/" + getCall().getId());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("award", e);
    }
  }

  /** The call's documents (public once it is published). */
  public List<DocumentInfo> getDocuments() {
    if (callDocuments == null) {
      callDocuments = getCall() == null ? List.of() : documents.ofCall(call.getId());
    }
    return callDocuments;
  }

  /** Documents can be added to a draft or an open call, and removed from a draft only. */
  public boolean isDocumentsOpen() {
    if (getCall() == null) {
      return false;
    }
    CallStatus status = call.getCurrentStatus();
    return status == CallStatus.DRAFT || status == CallStatus.OPEN;
  }

  public void addDocument() {
    try {
      DocumentFile file = DocumentParts.one(upload).orElse(null);
      if (file == null) {
        formErrors.fieldError("documents", "upload", "document.empty");
        return;
      }
      documents.addToCall(currentUser.require(), getCall().getId(), file);
      documentsChanged();
      formErrors.info("documents.added");
      Pages.redirect("/dashboard/calls?id=" + getCall().getId() + "#documents-title");
    } catch (DocumentRejectedException e) {
      formErrors.fieldError("documents", "upload", e.messageKey(), e.arguments());
    } catch (BusinessException e) {
      formErrors.show("documents", e);
    }
  }

  public void removeDocument(long documentId) {
    try {
      documents.removeFromCall(currentUser.require(), getCall().getId(), documentId);
      documentsChanged();
      formErrors.info("documents.removed");
      Pages.redirect("/dashboard/calls?id=" + getCall().getId() + "#documents-title");
    } catch (BusinessException e) {
      formErrors.show("documents", e);
    }
  }

  /**
   * An offer's documents, once the offers are unsealed: read (and opened) once per offer, though
   * the page asks twice (whether to show them, then the list).
   */
  public List<DocumentInfo> offerDocuments(Offers.Opened opened) {
    return offerDocuments.computeIfAbsent(
        opened.offer().getId(),
        id -> documents.ofOffer(opened.offer(), CallDocuments.staffUrl(opened.offer())));
  }

  /** What was read before a change of documents is read again. */
  private void documentsChanged() {
    callDocuments = null;
    offerDocuments.clear();
  }

  /** The order page of the order the award became, if any. */
  public String getAwardOrderReference() {
    return getCall() == null ? null : callOrders.orderReference(call).orElse(null);
  }

  public List<Integer> getVatRates() {
    return List.of(24, 13, 6);
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public String getAfm() {
    return afm;
  }

  public void setAfm(String afm) {
    this.afm = afm;
  }

  public String getDoy() {
    return doy;
  }

  public void setDoy(String doy) {
    this.doy = doy;
  }

  public String getDecisionReference() {
    return decisionReference;
  }

  public void setDecisionReference(String decisionReference) {
    this.decisionReference = decisionReference;
  }

  public Integer getVatRate() {
    return vatRate;
  }

  public void setVatRate(Integer vatRate) {
    this.vatRate = vatRate;
  }

  public void cancel() {
    try {
      calls.cancel(currentUser.require(), getCall().getId(), cancelReason);
      formErrors.info("call_dashboard.cancelled");
      Pages.redirect("/dashboard/calls?id=" + getCall().getId());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("cancel", e, Map.of("reason", "cancelReason"));
    }
  }

  public List<Category> getCategories() {
    return categories.all();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public KoinsepKind[] getKoinsepKinds() {
    return KoinsepKind.values();
  }

  public Long getQuestionId() {
    return questionId;
  }

  public void setQuestionId(Long questionId) {
    this.questionId = questionId;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public Long getOfferId() {
    return offerId;
  }

  public void setOfferId(Long offerId) {
    this.offerId = offerId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
