package org.canbao.enrollment.api;

import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.MaxLength;

/**
 * Enrollment recording. A payment is priced when registered and the price is frozen: later identity
 * or policy changes never rewrite it. A correction is an explicit reversal with a reason, followed
 * by a new record; both are audited.
 */
public interface EnrollmentFacade {
  EnrollmentView registerPayment(PaymentDraft draft);

  /** Employee insurance or insurance outside the district, with a reference to the evidence. */
  EnrollmentView recordOtherInsurance(
      long personId,
      int year,
      EnrollmentKind kind,
      @MaxLength(value = 300, message = "证明材料说明不能超过300字") String evidence);

  /**
   * A newborn of {@code year} (born that year, not insured on its own) follows its guardian, found
   * by ID number, who has an active resident payment for that year: benefits from birth to the end
   * of the guardian's. No money is recorded. Reversed like any other record.
   */
  EnrollmentView recordFollowingGuardian(
      long personId,
      int year,
      @MaxLength(value = 18, message = "监护人身份证号码为18位") String guardianIdNumber);

  EnrollmentView reverse(
      long recordId, @MaxLength(value = 300, message = "冲正原因不能超过300字") String reason);

  /**
   * Employee insurance stopped (职工医保停保) on {@code stoppedOn} for {@code reason}: the active
   * employee-insurance record no longer insures from then on, and the person appears in the monthly
   * lapse check of the employee-insurance tracking ledger. Audited like every change of a record.
   */
  EnrollmentView stopEmployeeInsurance(
      long recordId,
      LocalDate stoppedOn,
      @MaxLength(value = 300, message = "停保原因不能超过300字") String reason);

  List<EnrollmentView> records(long personId);
}
