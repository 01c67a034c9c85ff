package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.canbao.kernel.application.LoginAttempts;

/**
 * Jakarta Security identity store over the {@code kernel.app_user} table: PBKDF2 hashes, roles as
 * groups, lockout after repeated failures, demo accounts refused in production mode.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
  @Inject LoginAttempts attempts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return attempts
        .attempt(credential.getCaller(), credential.getPasswordAsString())
        .map(groups -> new CredentialValidationResult(credential.getCaller(), groups))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
