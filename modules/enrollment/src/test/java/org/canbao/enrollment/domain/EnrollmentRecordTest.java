package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * A newborn following its guardian: what the record holds, and that it is corrected like any other.
 */
class EnrollmentRecordTest {
  private static final BenefitPeriod FROM_BIRTH =
      new BenefitPeriod(
          LocalDate.of(2023, 5, 20), LocalDate.of(2023, 12, 31), "新生儿随法定监护人参保，自出生之日起享受");

  @Test
  void aNewbornFollowingItsGuardianPaysNothingAndNamesTheGuardian() {
    EnrollmentRecord r = EnrollmentRecord.followingGuardian(7, 2023, 3, FROM_BIRTH, "cungan", null);
    assertThat(r.kind()).isEqualTo(EnrollmentKind.FOLLOWS_GUARDIAN);
    assertThat(r.personId()).isEqualTo(7);
    assertThat(r.guardianPersonId()).isEqualTo(3L);
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.benefitStart()).isEqualTo(LocalDate.of(2023, 5, 20));
    assertThat(r.benefitEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
    // no money: null (as for other insured states), never zero, so sums of payments do not count it
    assertThat(r.contribution()).isNull();
    assertThat(r.subsidy()).isNull();
    assertThat(r.individual()).isNull();
    assertThat(r.fundingSource()).isNull();
    assertThat(r.policyId()).isNull();
    assertThat(r.paymentDate()).isNull();
    assertThat(r.active()).isTrue();
    assertThat(r.recordedBy()).isEqualTo("cungan");
  }

  @Test
  void theNewbornIsNotItsOwnGuardian() {
    assertThatThrownBy(
            () -> EnrollmentRecord.followingGuardian(7, 2023, 7, FROM_BIRTH, "cungan", null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("监护人不能是新生儿本人")
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo("guardianIdNumber");
  }

  @Test
  void reversedWithAReasonAndReplacedLikeAnyOtherRecord() {
    EnrollmentRecord r = EnrollmentRecord.followingGuardian(7, 2023, 3, FROM_BIRTH, "cungan", null);
    r.reverse("监护人登记错误");
    assertThat(r.active()).isFalse();
    assertThat(r.reversalReason()).isEqualTo("监护人登记错误");
    assertThat(
            EnrollmentRecord.followingGuardian(7, 2023, 4, FROM_BIRTH, "cungan", 11L).replacesId())
        .isEqualTo(11L);
  }
}
