package org.canbao.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in record of one account: failures in a row, lock, last sign-in. Kept apart from the
 * versioned, audited {@link AppUser} row so that signing in never contends with an administrator's
 * edit or with the same account signing in on another request (one account is often used by several
 * officers' browsers and by API clients at once). Failures are counted under a row lock, so none is
 * lost to a concurrent attempt.
 */
@Entity
@Table(schema = "kernel", name = "sign_in_state")
public class SignInState {
  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  protected SignInState() {}

  public SignInState(long userId) {
    this.userId = userId;
  }

  /** A failed sign-in; after {@code maxFailures} in a row the account locks for {@code lockFor}. */
  public void recordFailure(Instant at, int maxFailures, Duration lockFor) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = at.plus(lockFor);
      failedLogins = 0;
    }
  }

  public void recordSuccess(Instant at) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = at;
  }

  /**
   * Whether a successful sign-in at {@code at} has anything to record: a failure count or lock to
   * clear, or a last sign-in older than {@code precision}. API clients sign in on every request;
   * their successes need not write the row each time.
   */
  public boolean successChanges(Instant at, Duration precision) {
    return failedLogins != 0
        || lockedUntil != null
        || lastLoginAt == null
        || lastLoginAt.isBefore(at.minus(precision));
  }

  public boolean isLocked(Instant at) {
    return lockedUntil != null && at.isBefore(lockedUntil);
  }

  public void unlock() {
    lockedUntil = null;
    failedLogins = 0;
  }

  public long userId() {
    return userId;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }
}
