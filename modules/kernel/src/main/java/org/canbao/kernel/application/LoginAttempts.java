package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.LoginPolicy;
import org.canbao.kernel.infrastructure.UserRepository;

/**
 * Checks a password and records the attempt in its own transaction, so a failure counts even though
 * the request that caused it fails.
 */
@Stateless
public class LoginAttempts {
  private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject KernelConfig config;

  /** The caller's role names when the credentials are good and the account may sign in. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Set<String>> attempt(String username, String password) {
    Optional<AppUser> found = users.byUsername(username);
    if (found.isEmpty()) {
      hasher.burnTime(password);
      return Optional.empty();
    }
    AppUser user = found.get();
    Instant now = Instant.now();
    LoginPolicy policy = config.loginPolicy();
    LoginPolicy.Verdict verdict = policy.judge(user, now);
    if (verdict != LoginPolicy.Verdict.ALLOWED) {
      hasher.burnTime(password);
      LOG.info(() -> "Sign-in refused for " + user.username() + ": " + verdict);
      return Optional.empty();
    }
    if (!hasher.verify(password, user.passwordHash())) {
      user.recordFailure(now, policy.maxFailures(), policy.lockDuration());
      LOG.info(() -> "Wrong password for " + user.username() + (user.isLocked(now) ? "; account locked" : ""));
      return Optional.empty();
    }
    user.recordSuccess(now);
    return Optional.of(user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
