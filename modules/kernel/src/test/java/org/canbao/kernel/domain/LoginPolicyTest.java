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
    assertThat(production.judge(user(true), NOW)).isEqualTo(LoginPolicy.Verdict.DEMO_ACCOUNT_IN_PRODUCTION);
    assertThat(production.judge(user(false), NOW)).isEqualTo(LoginPolicy.Verdict.ALLOWED);
    assertThat(demo.judge(user(true), NOW)).isEqualTo(LoginPolicy.Verdict.ALLOWED);
  }

  @Test
  void fiveFailuresInARowLockTheAccountForAWhile() {
    LoginPolicy policy = new LoginPolicy(true, 5, Duration.ofMinutes(15));
    AppUser u = user(false);
    for (int i = 0; i < 4; i++) {
      u.recordFailure(NOW, 5, Duration.ofMinutes(15));
    }
    assertThat(policy.judge(u, NOW)).isEqualTo(LoginPolicy.Verdict.ALLOWED);
    u.recordFailure(NOW, 5, Duration.ofMinutes(15));
    assertThat(policy.judge(u, NOW.plusSeconds(60))).isEqualTo(LoginPolicy.Verdict.LOCKED);
    assertThat(policy.judge(u, NOW.plus(Duration.ofMinutes(16)))).isEqualTo(LoginPolicy.Verdict.ALLOWED);
  }

  @Test
  void successResetsTheFailureCount() {
    AppUser u = user(false);
    for (int i = 0; i < 4; i++) {
      u.recordFailure(NOW, 5, Duration.ofMinutes(15));
    }
    u.recordSuccess(NOW);
    u.recordFailure(NOW, 5, Duration.ofMinutes(15));
    assertThat(u.isLocked(NOW)).isFalse();
  }

  @Test
  void disabledAccountsMayNotSignIn() {
    AppUser u = user(false);
    u.describe("专干", city, Set.of(Role.VILLAGE_OFFICER), null, false);
    assertThat(new LoginPolicy(false, 5, Duration.ofMinutes(15)).judge(u, NOW)).isEqualTo(LoginPolicy.Verdict.DISABLED);
  }

  @Test
  void passwordRule() {
    assertThat(LoginPolicy.passwordProblem("short1!")).contains("至少10位");
    assertThat(LoginPolicy.passwordProblem("onlyletters")).contains("字母、数字和符号");
    assertThat(LoginPolicy.passwordProblem("Canbao@2026")).isNull();
  }
}
