package org.canbao.enrollment.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * An enrollment record with its frozen amounts, or another insured state with its evidence, or a
 * newborn following its guardian (name and masked ID number of the guardian, for display).
 */
public record EnrollmentView(
    long id,
    long personId,
    int year,
    EnrollmentKind kind,
    InsuredType insuredType,
    Tier tier,
    LocalDate paymentDate,
    PaymentChannel channel,
    BigDecimal contribution,
    BigDecimal subsidy,
    BigDecimal individual,
    String categoryCode,
    FundingSource fundingSource,
    String fundingDepartment,
    LocalDate benefitStart,
    LocalDate benefitEnd,
    Long policyId,
    String evidence,
    boolean reversed,
    String reversalReason,
    Long replacesId,
    String recordedBy,
    Instant recordedAt,
    Long guardianPersonId,
    String guardianName,
    String guardianMaskedId,
    Long batchId,
    /** Employee insurance: the day it stopped (停保), null while it insures. */
    LocalDate stoppedOn,
    String stopReason,
    /**
     * Why the price is what it is, said when the payment is registered (not kept with the record).
     */
    List<String> notes)
    implements Serializable {
  /** How the person is insured, in words: the kind, and for a newborn the guardian it follows. */
  /** Employee insurance that stopped (停保): it insures no more. */
  public boolean stopped() {
    return stoppedOn != null && !reversed;
  }

  /** An active employee-insurance record, which may be stopped. */
  public boolean stoppable() {
    return kind == EnrollmentKind.EMPLOYEE_INSURANCE && !reversed && stoppedOn == null;
  }

  public String basis() {
    return guardianPersonId == null
        ? kind.label()
        : kind.label() + "（监护人 " + guardianName + " " + guardianMaskedId + "）";
  }
}
