package org.koinagora.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.koinagora.shared.AccessDeniedException;
import org.koinagora.shared.CrossSiteRequestException;
import org.koinagora.shared.NotSignedInException;

/** The caller of this request, as the authentication mechanism established it. */
@Named
@RequestScoped
public class CurrentUser {

  static final String REQUEST_ATTRIBUTE = "koinagora.signedInUser";

  /**
   * Set when the session cookie was not let to authenticate this request: a change asked by another
   * site.
   */
  static final String CROSS_SITE_SESSION = "koinagora.crossSiteSession";

  @Inject private HttpServletRequest request;

  public Optional<SignedInUser> get() {
    return request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignedInUser user
        ? Optional.of(user)
        : Optional.empty();
  }

  public SignedInUser require() {
    return get()
        .orElseThrow(
            () ->
                request.getAttribute(CROSS_SITE_SESSION) != null
                    ? new CrossSiteRequestException()
                    : new NotSignedInException());
  }

  public SignedInUser require(Role role) {
    SignedInUser user = require();
    if (!user.has(role)) {
      throw new AccessDeniedException();
    }
    return user;
  }

  public boolean isSignedIn() {
    return get().isPresent();
  }

  public boolean hasRole(String role) {
    return get().map(user -> user.has(Role.valueOf(role))).orElse(false);
  }

  public String getName() {
    return get().map(SignedInUser::name).orElse("");
  }
}
