package org.canbao.enrollment.api;

import java.util.Set;

/**
 * Something changed the campaign's figures of some villages for a year: payments recorded or
 * reversed (on screen or by a payment list), other insurance recorded, people registered, moved or
 * whose status changed, identities certified or ended (the sub-targets' counts). Fired as a CDI
 * event once the change is committed (observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS}); it carries ids only — read the figures through {@link
 * ProgressFacade}. {@code year} is null when the change is not tied to one insurance year (a move).
 */
public record EnrollmentChanged(Kind kind, Integer year, Set<Long> villageIds, Long batchId) {

  /** What happened. */
  public enum Kind {
    PAYMENT_RECORDED,
    PAYMENTS_IMPORTED,
    ENROLLMENT_REVERSED,
    EMPLOYEE_INSURANCE_STOPPED,
    OTHER_INSURANCE_RECORDED,
    PERSONS_REGISTERED,
    PERSON_MOVED,
    STATUS_CHANGED,
    IDENTITIES_CHANGED
  }
}
