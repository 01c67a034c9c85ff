package org.canbao.kernel.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may sign in. Disabled and locked accounts may not; in production mode the demo accounts
 * (whose passwords are printed in the README) may not either, so no default password ever works
 * there.
 */
public record LoginPolicy(boolean production, int maxFailures, Duration lockDuration) {

  public enum Verdict {
    ALLOWED("允许登录"),
    DISABLED("账号已停用"),
    LOCKED("账号已锁定"),
    DEMO_ACCOUNT_IN_PRODUCTION("生产环境拒绝演示账号");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Checked before the password: a locked account is refused even with the right password. */
  public Verdict judge(AppUser user, SignInState state, Instant now) {
    if (production && user.demo()) {
      return Verdict.DEMO_ACCOUNT_IN_PRODUCTION;
    }
    if (!user.enabled()) {
      return Verdict.DISABLED;
    }
    if (state != null && state.isLocked(now)) {
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
