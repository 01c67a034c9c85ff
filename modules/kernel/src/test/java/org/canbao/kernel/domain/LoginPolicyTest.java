package org.canbao.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.Role;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
  private final Region city = new Region(null, RegionLevel.CITY, "500000", "重庆市", null);

  private AppUser user(boolean demo) {
    return new AppUser("cungan", "专干", city, Set.of(Role.VILLAGE_OFFICER), "hash", demo);
  }

  @Test
  void demoAccountsAreRefusedInProductionMode() {
    LoginPolicy production = new LoginPolicy(true, 5, Duration.ofMinutes(15));
    LoginPolicy demo = new LoginPolicy(false, 5, Duration.ofMinutes(15));
    assertThat(production.judge(user(true), new SignInState(1), NOW))
        .isEqualTo(LoginPolicy.Verdict.DEMO_ACCOUNT_IN_PRODUCTION);
    assertThat(production.judge(user(false), new SignInState(1), NOW))
        .isEqualTo(LoginPolicy.Verdict.ALLOWED);
    assertThat(demo.judge(user(true), new SignInState(1), NOW))
        .isEqualTo(LoginPolicy.Verdict.ALLOWED);
  }

  @Test
  void fiveFailuresInARowLockTheAccountForAWhile() {
    LoginPolicy policy = new LoginPolicy(true, 5, Duration.ofMinutes(15));
    AppUser u = user(false);
    SignInState s = new SignInState(1);
    for (int i = 0; i < 4; i++) {
      s.recordFailure(NOW, 5, Duration.ofMinutes(15));
    }
    assertThat(policy.judge(u, s, NOW)).isEqualTo(LoginPolicy.Verdict.ALLOWED);
    s.recordFailure(NOW, 5, Duration.ofMinutes(15));
    assertThat(policy.judge(u, s, NOW.plusSeconds(60))).isEqualTo(LoginPolicy.Verdict.LOCKED);
    assertThat(policy.judge(u, s, NOW.plus(Duration.ofMinutes(16))))
        .isEqualTo(LoginPolicy.Verdict.ALLOWED);
  }

  @Test
  void successResetsTheFailureCount() {
    SignInState s = new SignInState(1);
    for (int i = 0; i < 4; i++) {
      s.recordFailure(NOW, 5, Duration.ofMinutes(15));
    }
    s.recordSuccess(NOW);
    s.recordFailure(NOW, 5, Duration.ofMinutes(15));
    assertThat(s.isLocked(NOW)).isFalse();
  }

  @Test
  void aSuccessfulSignInWithinTheMinuteOfTheLastOneWritesNothing() {
    SignInState s = new SignInState(1);
    assertThat(s.successChanges(NOW, Duration.ofMinutes(1))).isTrue();
    s.recordSuccess(NOW);
    assertThat(s.successChanges(NOW.plusSeconds(30), Duration.ofMinutes(1))).isFalse();
    assertThat(s.successChanges(NOW.plusSeconds(61), Duration.ofMinutes(1))).isTrue();
    s.recordFailure(NOW.plusSeconds(40), 5, Duration.ofMinutes(15));
    assertThat(s.successChanges(NOW.plusSeconds(45), Duration.ofMinutes(1)))
        .as("a failure to clear")
        .isTrue();
  }

  @Test
  void disabledAccountsMayNotSignIn() {
    AppUser u = user(false);
    u.describe("专干", city, Set.of(Role.VILLAGE_OFFICER), null, false);
    assertThat(new LoginPolicy(false, 5, Duration.ofMinutes(15)).judge(u, new SignInState(1), NOW))
        .isEqualTo(LoginPolicy.Verdict.DISABLED);
  }

  @Test
  void passwordRule() {
    assertThat(LoginPolicy.passwordProblem("short1!")).contains("至少10位");
    assertThat(LoginPolicy.passwordProblem("onlyletters")).contains("字母、数字和符号");
    assertThat(LoginPolicy.passwordProblem("Canbao@2026")).isNull();
  }
}
