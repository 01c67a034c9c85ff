package org.canbao.enrollment.api;

import java.util.List;

/**
 * Enrollment recording. A payment is priced when registered and the price is frozen: later identity
 * or policy changes never rewrite it. A correction is an explicit reversal with a reason, followed by
 * a new record; both are audited.
 */
public interface EnrollmentFacade {
  EnrollmentView registerPayment(PaymentDraft draft);

  /** Employee insurance or insurance outside the district, with a reference to the evidence. */
  EnrollmentView recordOtherInsurance(long personId, int year, EnrollmentKind kind, String evidence);

  EnrollmentView reverse(long recordId, String reason);

  List<EnrollmentView> records(long personId);
}
