package org.koinagora.organisations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.rest.ClientAddress;
import org.koinagora.organisations.AdviceDesk;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.BusinessException;
import org.koinagora.shared.NotFoundException;
import org.koinagora.shared.NotSignedInException;
import org.koinagora.shared.web.FormErrors;
import org.koinagora.shared.web.Pages;

/**
 * /advice/{id}: a request for advice and its thread, for the centre's staff (who answer and close
 * it) and for its requester, signed in or holding the mailed link ({@code ?token=}). The id and
 * token are read from the request, so that the stateless page's forms carry them back.
 */
@Named
@RequestScoped
public class AdviceThreadBacking {

  @Inject private AdviceDesk desk;
  @Inject private CurrentUser currentUser;
  @Inject private FormErrors formErrors;
  @Inject private HttpServletRequest request;

  private AdviceDesk.Thread thread;
  private RuntimeException refusal;
  private boolean linkInvalid;
  private String body;

  /** Answers 404, 403, or the sign-in page for a visitor without a link, before rendering. */
  public void load() {
    getThread();
    if (refusal instanceof NotFoundException) {
      if (linkInvalid) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      } else {
        Pages.sendError(404);
      }
    } else if (refusal instanceof NotSignedInException) {
      Pages.redirect(
          "/login?next=" + URLEncoder.encode("/advice/" + getId(), StandardCharsets.UTF_8));
    } else if (refusal instanceof AccessDeniedException) {
      Pages.sendError(403);
    }
  }

  /**
   * The thread, or null when the reader may not see it (the refusal is kept for {@link #load}; a
   * form posted back from a page whose link was replaced meanwhile shows the notice, never an error
   * page).
   */
  public AdviceDesk.Thread getThread() {
    if (thread == null && refusal == null) {
      try {
        Long id = getId();
        if (id == null) {
          throw new NotFoundException();
        }
        thread = desk.read(id, getToken(), currentUser.get().orElse(null));
      } catch (NotFoundException | NotSignedInException | AccessDeniedException e) {
        refusal = e;
        linkInvalid = e instanceof NotFoundException && getToken() != null;
      }
    }
    return thread;
  }

  public void write() {
    try {
      desk.write(
          getId(), getToken(), currentUser.get().orElse(null), body, ClientAddress.of(request));
      formErrors.info("advice.message_sent");
      Pages.redirect(selfPath());
    } catch (ConstraintViolationException | BusinessException e) {
      formErrors.show("reply", e);
    }
  }

  public void close() {
    try {
      desk.close(getId(), currentUser.require());
      formErrors.info("advice.closed_now");
      Pages.redirect(selfPath());
    } catch (BusinessException e) {
      formErrors.show("close-thread", e);
    }
  }

  /** Whether the staff are being asked to confirm closing (the link, then the form, say so). */
  public boolean isConfirmingClose() {
    return "close".equals(Pages.parameter("confirm"));
  }

  public boolean isLinkInvalid() {
    return linkInvalid;
  }

  public Long getId() {
    return Pages.id("id").orElse(null);
  }

  /** The private link's secret, when the page was opened with one. */
  public String getToken() {
    String token = Pages.parameter("token");
    return token == null || token.isBlank() || token.length() > 100 ? null : token;
  }

  /** The page itself, with the link's token when it was opened with one. */
  public String selfPath() {
    String token = getToken();
    return "/advice/" + getId() + (token == null ? "" : "?token=" + token);
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
