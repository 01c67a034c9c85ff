package org.canbao.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.canbao.kernel.api.DemoMode;
import org.canbao.kernel.domain.LoginPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runtime settings from MicroProfile Config (system properties, environment variables such as
 * {@code CANBAO_MODE}). Production is the default: demo data and demo accounts need {@code demo}.
 */
@ApplicationScoped
public class KernelConfig implements DemoMode {
  @Inject
  @ConfigProperty(name = "canbao.mode", defaultValue = "production")
  String mode;

  @Inject
  @ConfigProperty(name = "canbao.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "canbao.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  /**
   * How long a password found to match is taken as matching without PBKDF2 again (0: never); see
   * {@link VerifiedPasswords}.
   */
  @Inject
  @ConfigProperty(name = "canbao.login.verified-seconds", defaultValue = "300")
  long verifiedSeconds;

  @Inject
  @ConfigProperty(name = "canbao.demo.population", defaultValue = "false")
  boolean population;

  @Inject
  @ConfigProperty(name = "canbao.admin.password")
  Optional<String> adminPassword;

  @Override
  public boolean demo() {
    return "demo".equalsIgnoreCase(mode.strip());
  }

  @Override
  public boolean population() {
    return demo() && population;
  }

  public LoginPolicy loginPolicy() {
    return new LoginPolicy(!demo(), maxFailures, Duration.ofMinutes(lockMinutes));
  }

  public Duration verifiedPasswordLifetime() {
    return Duration.ofSeconds(Math.max(verifiedSeconds, 0));
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }
}
