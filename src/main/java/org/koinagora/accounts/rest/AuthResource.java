package org.koinagora.accounts.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicReference;
import org.koinagora.accounts.AccountService;
import org.koinagora.accounts.ApiTokenService;
import org.koinagora.accounts.SignInService;
import org.koinagora.accounts.UserAccount;

/** Exchanges email and password for a bearer token. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject private SignInService signIn;
  @Inject private AccountService accounts;
  @Inject private ApiTokenService tokens;
  @Context private HttpServletRequest request;

  @POST
  @Path("token")
  public TokenResponse token(TokenRequest credentials) {
    String email = credentials == null ? null : credentials.email();
    String password = credentials == null ? null : credentials.password();
    AtomicReference<UserAccount> account = new AtomicReference<>();
    signIn.attempt(
        email,
        ClientAddress.of(request),
        () -> {
          accounts.signInCheck(email, password).ifPresent(account::set);
          return account.get() != null;
        });
    return new TokenResponse(tokens.issue(account.get().getId(), credentials.label()));
  }
}
