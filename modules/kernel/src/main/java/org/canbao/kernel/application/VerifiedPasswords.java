package org.canbao.kernel.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords recently found to match a stored hash, so that an API client sending Basic credentials
 * on every call pays PBKDF2 once every few minutes instead of on each call (each verification costs
 * ~0.1 s of CPU at 120,000 iterations: a busy client would otherwise take a core).
 *
 * <p>Kept per stored hash: a changed password has a new hash, so its old entry can never answer for
 * it. The password itself is not kept, only an HMAC of it under a key drawn at start-up that never
 * leaves the process. Only a match is remembered: a wrong password always pays the full
 * verification, and the lockout count ({@link LoginAttempts}) sees every failure. Bounded in size
 * and age.
 */
final class VerifiedPasswords {
  static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] mac, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Duration lifetime;
  private final Clock clock;

  VerifiedPasswords(Duration lifetime, Clock clock) {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.key = new SecretKeySpec(k, "HmacSHA256");
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** Whether {@code password} was found to match {@code hash} less than the lifetime ago. */
  boolean matched(String password, String hash) {
    Entry e = entries.get(hash);
    if (e == null) {
      return false;
    }
    if (!clock.instant().isBefore(e.until())) {
      entries.remove(hash, e);
      return false;
    }
    return MessageDigest.isEqual(e.mac(), mac(password, hash));
  }

  /** Remembers that {@code password} matches {@code hash}. */
  void remember(String password, String hash) {
    if (lifetime.isZero() || lifetime.isNegative()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(hash, new Entry(mac(password, hash), clock.instant().plus(lifetime)));
  }

  private byte[] mac(String password, String hash) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      m.update(hash.getBytes(StandardCharsets.UTF_8));
      m.update((byte) 0);
      return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
