package org.koinagora.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.persistence.LostRace;
import org.primefaces.csp.CspException;

/**
 * Turns what a person can cause on a page into an answer instead of the 500 page: an expired,
 * tampered or replayed form (400, "the page expired, try again"), a right the user lacks (403, the
 * access-denied page), and a change that lost a race with someone else's (409, "try again").
 * Anything else goes on to the 500 page.
 */
public class PageExceptions extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(PageExceptions.class.getName());

  public PageExceptions(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** The HTTP status a person's own doing deserves, or 0 for a real failure. */
  static int statusFor(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException || cause instanceof CspException) {
        return 400;
      }
      if (cause instanceof AccessDeniedException) {
        return 403;
      }
    }
    return LostRace.in(thrown) ? 409 : 0;
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        Throwable thrown = events.next().getContext().getException();
        int status = statusFor(thrown);
        if (status == 0 || context.getExternalContext().isResponseCommitted()) {
          continue;
        }
        events.remove();
        LOG.log(
            Level.FINE,
            "Answered " + status + " for " + context.getExternalContext().getRequestServletPath(),
            thrown);
        try {
          context.getExternalContext().responseReset();
          context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
          throw new FacesException(e);
        }
        context.responseComplete();
      }
      getWrapped().handle();
    }
  }
}
