package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.BooleanSupplier;

/**
 * Wraps every password check (the login form and the token endpoint) in the throttle, so both are
 * limited alike and a blocked attempt costs no hashing.
 */
@ApplicationScoped
public class SignInService {

  @Inject private LoginThrottle throttle;

  /**
   * Runs the check unless throttled; records the outcome.
   *
   * @throws org.koinagora.shared.TooManyAttemptsException when blocked
   * @throws InvalidCredentialsException when the check fails
   */
  public void attempt(String email, String client, BooleanSupplier passwordCheck) {
    throttle.checkAllowed(email, client);
    if (passwordCheck.getAsBoolean()) {
      throttle.recordSuccess(email);
    } else {
      throttle.recordFailure(email, client);
      throw new InvalidCredentialsException();
    }
  }

  /**
   * This browser stays signed in after its own password change, with a new session id and the new
   * stamp; every other sign-in ends.
   */
  public void keepSignedIn(HttpServletRequest request, SignedInUser user, int credentialsStamp) {
    KoinagoraAuthenticationMechanism.startSession(request, user, credentialsStamp);
  }
}
