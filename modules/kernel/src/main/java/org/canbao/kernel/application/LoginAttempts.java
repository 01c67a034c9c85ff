package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.LoginPolicy;
import org.canbao.kernel.domain.SignInState;
import org.canbao.kernel.domain.SignInStates;
import org.canbao.kernel.domain.UserRepository;

/**
 * Checks a password and records the attempt in its own transaction, so a failure counts even though
 * the request that caused it fails. The user row is only read: the attempt is written to the
 * account's {@link SignInState}, a failure under a row lock (no count is lost to a concurrent
 * attempt), a success only when it has something to record (API clients sign in on every call).
 */
@Stateless
public class LoginAttempts {
  private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

  /** A last sign-in is shown to the minute; API calls within it need not write the record again. */
  static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(1);

  @Inject UserRepository users;
  @Inject SignInStates signIns;
  @Inject PasswordHasher hasher;
  @Inject KernelConfig config;
  @Inject SecurityEvents events;

  /** The caller's role names when the credentials are good and the account may sign in. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Set<String>> attempt(String username, String password) {
    Optional<AppUser> found = users.byUsername(username);
    if (found.isEmpty()) {
      hasher.burnTime(password);
      events.signInRefused(username, "用户名不存在");
      return Optional.empty();
    }
    AppUser user = found.get();
    Instant now = Instant.now();
    LoginPolicy policy = config.loginPolicy();
    LoginPolicy.Verdict verdict = policy.judge(user, signIns.of(user.id()), now);
    if (verdict != LoginPolicy.Verdict.ALLOWED) {
      hasher.burnTime(password);
      events.signInRefused(user.username(), verdict.label());
      return Optional.empty();
    }
    if (!hasher.verify(password, user.passwordHash())) {
      SignInState state = signIns.locked(user.id());
      state.recordFailure(now, policy.maxFailures(), policy.lockDuration());
      events.signInRefused(user.username(), state.isLocked(now) ? "密码错误，账号已锁定" : "密码错误");
      return Optional.empty();
    }
    SignInState state = signIns.of(user.id());
    if (state.successChanges(now, LAST_LOGIN_PRECISION)) {
      signIns.locked(user.id()).recordSuccess(now);
    }
    LOG.fine(() -> "Signed in: " + user.username());
    return Optional.of(user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
