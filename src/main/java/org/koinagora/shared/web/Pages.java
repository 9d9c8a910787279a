package org.koinagora.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Small navigation helpers for backing beans. */
public final class Pages {

  private Pages() {}

  /** Redirects to an application path such as {@code /account}. */
  public static void redirect(String path) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers with an HTTP error (404, 403…) and its error page instead of this view. */
  public static void sendError(int status) {
    var context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** A request parameter, from the query or a form field; null when absent. */
  public static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /** An id in a request parameter, when it holds one. */
  public static Optional<Long> id(String name) {
    String value = parameter(name);
    return value != null && value.matches("\\d{1,18}")
        ? Optional.of(Long.parseLong(value))
        : Optional.empty();
  }

  /**
   * The id an irreversible step is being asked about: a link {@code ?confirm=<step>&<idName>=<id>}
   * shows the question, and the form that answers it repeats both as hidden fields, so that its
   * button still exists when the (stateless) page is posted back.
   */
  public static Optional<Long> confirming(String step, String idName) {
    return step.equals(parameter("confirm")) ? id(idName) : Optional.empty();
  }

  /** A local path to return to after signing in; anything else becomes the account page. */
  public static String safeNext(String next) {
    boolean local =
        next != null
            && next.startsWith("/")
            && !next.startsWith("//")
            && !next.contains("\\")
            && !next.contains("\r")
            && !next.contains("\n");
    return local ? next : "/account";
  }
}
