package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.koinagora.shared.rest.ErrorResponses;
import org.koinagora.shared.web.ApiRequests;
import org.koinagora.shared.web.RequestOrigin;
import org.koinagora.shared.web.SecurityHeadersFilter;

/**
 * Bearer tokens for the API, a session for people who signed in with the form, and a redirect to
 * the login page when a protected page is asked for anonymously. The session cookie authenticates a
 * change through the API only when the browser shows it comes from this site's own page.
 */
@ApplicationScoped
public class KoinagoraAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "koinagora.user";
  static final String SESSION_STAMP = "koinagora.credentialsStamp";
  private static final String BEARER = "Bearer ";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private ApiTokenService tokens;
  @Inject private Accounts accounts;
  @Inject private RoleResolver roles;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return tokens
          .authenticate(authorization.substring(BEARER.length()).strip())
          .map(user -> login(context, user))
          .orElseGet(() -> unauthorized(request, response));
    }
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof CheckedAccount checked) {
      var account = accounts.activeById(checked.accountId());
      if (account.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      SignedInUser user = roles.signedIn(account.get());
      startSession(request, user, account.get().getCredentialsStamp());
      return login(context, user);
    }
    var session = request.getSession(false);
    if (session != null
        && session.getAttribute(SESSION_USER) instanceof SignedInUser
        && isCrossSiteApiChange(request)) {
      request.setAttribute(CurrentUser.CROSS_SITE_SESSION, Boolean.TRUE);
    } else if (session != null
        && session.getAttribute(SESSION_USER) instanceof SignedInUser known) {
      // the stamp moves on with every password change: a session signed in before it ends, on any
      // node
      var current =
          accounts
              .activeById(known.id())
              .filter(
                  account ->
                      session.getAttribute(SESSION_STAMP) instanceof Integer stamp
                          && stamp == account.getCredentialsStamp())
              .map(roles::signedIn);
      if (current.isPresent()) {
        session.setAttribute(SESSION_USER, current.get());
        return login(context, current.get());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return ApiRequests.isApi(request)
          ? unauthorized(request, response)
          : redirectToLogin(request, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /**
   * A fresh session id on every login (and password change), so a planted session id is worth
   * nothing; the session keeps the credentials stamp it was signed in with.
   */
  static void startSession(HttpServletRequest request, SignedInUser user, int credentialsStamp) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    var session = request.getSession(true);
    session.setAttribute(SESSION_USER, user);
    session.setAttribute(SESSION_STAMP, credentialsStamp);
  }

  private static AuthenticationStatus login(HttpMessageContext context, SignedInUser user) {
    context.getRequest().setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    Set<String> groups = user.roles().stream().map(Role::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(user.email(), groups);
  }

  /**
   * A change to the API on the strength of the cookie alone, not shown to come from this site's own
   * page.
   */
  private static boolean isCrossSiteApiChange(HttpServletRequest request) {
    return ApiRequests.isApi(request)
        && !SAFE_METHODS.contains(request.getMethod())
        && !RequestOrigin.sameOrigin(request);
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    SecurityHeadersFilter.applyToBareAnswer(response);
    response.setHeader("WWW-Authenticate", "Bearer");
    try {
      ErrorResponses.write(request, response, 401, "unauthorized", "error.unauthorized");
    } catch (IOException e) {
      response.setStatus(401);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpMessageContext context) {
    SecurityHeadersFilter.applyToBareAnswer(context.getResponse());
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + "/login?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }
}
