package org.canbao.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Map;

/** PBKDF2-HMAC-SHA512 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}). */
@ApplicationScoped
public class PasswordHasher {
  /**
   * A hash nobody's password matches; verified against when the user is unknown, to even out
   * timing.
   */
  private String decoy;

  @Inject Pbkdf2PasswordHash pbkdf2;
  @Inject KernelConfig config;
  private VerifiedPasswords verified;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    verified = new VerifiedPasswords(config.verifiedPasswordLifetime(), Clock.systemUTC());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /**
   * Whether {@code password} matches {@code hash}: PBKDF2, unless the same password was found to
   * match this very hash a few minutes ago ({@link VerifiedPasswords}).
   */
  public boolean verify(String password, String hash) {
    if (password == null) {
      return false;
    }
    if (verified.matched(password, hash)) {
      return true;
    }
    boolean matches = pbkdf2.verify(password.toCharArray(), hash);
    if (matches) {
      verified.remember(password, hash);
    }
    return matches;
  }

  public void burnTime(String password) {
    pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy);
  }
}
