package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/**
 * Bearer tokens for the API, a session for people who signed in with the form, and a redirect to
 * the login page when a protected page is asked for anonymously.
 */
@ApplicationScoped
public class KoinagoraAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "koinagora.user";
  private static final String BEARER = "Bearer ";

  @Inject private DatabaseIdentityStore identityStore;
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
        && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
      CredentialValidationResult result = identityStore.validate(form);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      SignedInUser user = accounts.byEmail(form.getCaller()).map(roles::signedIn).orElseThrow();
      startSession(request, user);
      return login(context, user);
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser known) {
      var current = accounts.activeById(known.id()).map(roles::signedIn);
      if (current.isPresent()) {
        session.setAttribute(SESSION_USER, current.get());
        return login(context, current.get());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return isApi(request) ? unauthorized(request, response) : redirectToLogin(request, context);
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

  /** A fresh session id on every login, so a planted session id is worth nothing. */
  private static void startSession(HttpServletRequest request, SignedInUser user) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(SESSION_USER, user);
  }

  private static AuthenticationStatus login(HttpMessageContext context, SignedInUser user) {
    context.getRequest().setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
    Set<String> groups = user.roles().stream().map(Role::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(user.email(), groups);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      String message = Texts.get(Language.of(request).locale(), "error.unauthorized");
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer");
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write("{\"error\":\"unauthorized\",\"message\":\"" + message.replace("\"", "'") + "\"}");
    } catch (IOException e) {
      response.setStatus(401);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpMessageContext context) {
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
