package org.canbao.kernel.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Only a match is remembered, for that very hash, for a while. */
class VerifiedPasswordsTest {
  private Instant now = Instant.parse("2026-12-03T02:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5), clock);

  @Test
  void aRememberedMatchAnswersForTheSamePasswordAndHashOnly() {
    verified.remember("Secret#2026", "hash-a");
    assertThat(verified.matched("Secret#2026", "hash-a")).isTrue();
    assertThat(verified.matched("secret#2026", "hash-a")).isFalse();
    assertThat(verified.matched("Secret#2026", "hash-b")).isFalse();
  }

  @Test
  void aMatchIsForgottenAfterItsLifetime() {
    verified.remember("Secret#2026", "hash-a");
    now = now.plus(Duration.ofMinutes(5)).minusSeconds(1);
    assertThat(verified.matched("Secret#2026", "hash-a")).isTrue();
    now = now.plusSeconds(1);
    assertThat(verified.matched("Secret#2026", "hash-a")).isFalse();
  }

  @Test
  void aChangedPasswordHasANewHashWhichTheOldMatchDoesNotAnswerFor() {
    verified.remember("Old#2025pass", "hash-old");
    assertThat(verified.matched("Old#2025pass", "hash-new")).isFalse();
  }

  @Test
  void aLifetimeOfZeroRemembersNothing() {
    VerifiedPasswords never = new VerifiedPasswords(Duration.ZERO, clock);
    never.remember("Secret#2026", "hash-a");
    assertThat(never.matched("Secret#2026", "hash-a")).isFalse();
  }

  @Test
  void theCacheStaysBounded() {
    for (int i = 0; i <= VerifiedPasswords.MAX_ENTRIES + 5; i++) {
      verified.remember("p" + i, "hash-" + i);
    }
    assertThat(
            verified.matched(
                "p" + (VerifiedPasswords.MAX_ENTRIES + 5),
                "hash-" + (VerifiedPasswords.MAX_ENTRIES + 5)))
        .isTrue();
    assertThat(verified.matched("p0", "hash-0")).isFalse();
  }
}
