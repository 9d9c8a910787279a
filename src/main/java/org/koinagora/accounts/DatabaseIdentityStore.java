package org.koinagora.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Jakarta Security identity store over the user_account table. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject private Accounts accounts;
  @Inject private RoleResolver roles;
  private final PasswordHasher hasher = new PasswordHasher();

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    var account = accounts.byEmail(credential.getCaller()).filter(UserAccount::isActive);
    String storedHash = account.map(UserAccount::getPasswordHash).orElse(null);
    if (!hasher.verify(credential.getPasswordAsString(), storedHash) || account.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    var groups =
        roles.rolesOf(account.get()).stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(account.get().getEmail(), groups);
  }
}
