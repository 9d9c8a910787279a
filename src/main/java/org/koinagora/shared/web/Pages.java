package org.koinagora.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

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
