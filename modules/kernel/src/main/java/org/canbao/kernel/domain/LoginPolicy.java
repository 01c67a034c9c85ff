package org.canbao.kernel.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may sign in. Disabled and locked accounts may not; in production mode the demo accounts
 * (whose passwords are printed in the README) may not either, so no default password ever works there.
 */
public record LoginPolicy(boolean production, int maxFailures, Duration lockDuration) {

  public enum Verdict {
    ALLOWED,
    DISABLED,
    LOCKED,
    DEMO_ACCOUNT_IN_PRODUCTION
  }

  /** Checked before the password: a locked account is refused even with the right password. */
  public Verdict judge(AppUser user, Instant now) {
    if (production && user.demo()) {
      return Verdict.DEMO_ACCOUNT_IN_PRODUCTION;
    }
    if (!user.enabled()) {
      return Verdict.DISABLED;
    }
    if (user.isLocked(now)) {
      return Verdict.LOCKED;
    }
    return Verdict.ALLOWED;
  }

  /** Minimum password rule: 10+ characters with letters, digits and a symbol. */
  public static String passwordProblem(String password) {
    if (password == null || password.length() < 10) {
      return "密码至少10位";
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    boolean symbol = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    if (!(letter && digit && symbol)) {
      return "密码须同时包含字母、数字和符号";
    }
    return null;
  }
}
