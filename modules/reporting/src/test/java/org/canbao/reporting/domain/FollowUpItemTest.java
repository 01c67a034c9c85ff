package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpItemTest {
  static final Instant T = Instant.parse("2023-03-01T02:00:00Z");

  static FollowUpItem.FoundPerson person(String village, String status) {
    return new FollowUpItem.FoundPerson(
        7,
        "500118199001011234",
        "张三",
        village.length(),
        "/1/2/" + village + "/",
        PersonStatus.valueOf(status),
        null,
        null);
  }

  @ParameterizedTest
  @CsvSource({
    "DECEASED,DECEASED",
    "MOVED_OUT,HOUSEHOLD_MOVED",
    "MISSING,MISSING",
    "MILITARY,MILITARY",
    "MARRIED_OUT,MARRIED_OUT"
  })
  void theRegistersStatusFillsTheReason(String status, FollowUpReason reason) {
    FollowUpItem item =
        new FollowUpItem(2023, person("9", status), CrossCheckKind.REGISTER, "sbs", T);
    assertThat(item.reason()).isEqualTo(reason);
    assertThat(item.status()).isEqualTo(FollowUpStatus.TO_CONTACT);
  }

  @Test
  void aNormalPersonHasNoReasonYet() {
    assertThat(CrossCheckRule.reasonFromRegister(PersonStatus.NORMAL)).isEmpty();
    assertThat(
            new FollowUpItem(2023, person("9", "NORMAL"), CrossCheckKind.REGISTER, "sbs", T)
                .reason())
        .isNull();
  }

  @Test
  void aRerunKeepsTheRecordedReasonAndStatusAndFollowsTheVillage() {
    FollowUpItem item =
        new FollowUpItem(2023, person("9", "NORMAL"), CrossCheckKind.REGISTER, "sbs", T);
    item.update(FollowUpReason.STUDENT_ELSEWHERE, "重庆大学", FollowUpStatus.CONTACTED, 0, "cungan", T);
    item.refresh(person("10", "DECEASED"), CrossCheckKind.DEPARTMENT, T.plusSeconds(60));
    assertThat(item.reason()).isEqualTo(FollowUpReason.STUDENT_ELSEWHERE);
    assertThat(item.reasonNote()).isEqualTo("重庆大学");
    assertThat(item.status()).isEqualTo(FollowUpStatus.CONTACTED);
    assertThat(item.statusBy()).isEqualTo("cungan");
    assertThat(item.villagePath()).isEqualTo("/1/2/10/");
    assertThat(item.foundBy()).containsExactly(CrossCheckKind.REGISTER, CrossCheckKind.DEPARTMENT);
  }

  @Test
  void insuredLaterIsEnrolledAndUninsuredAgainIsReopened() {
    FollowUpItem item =
        new FollowUpItem(2023, person("9", "NORMAL"), CrossCheckKind.REGISTER, "sbs", T);
    assertThat(item.insuredNow("sbs", T)).isTrue();
    assertThat(item.status()).isEqualTo(FollowUpStatus.ENROLLED);
    assertThat(item.insuredNow("sbs", T)).isFalse();
    item.refresh(person("9", "NORMAL"), CrossCheckKind.REGISTER, T);
    item.reopenIfEnrolled("sbs", T);
    assertThat(item.status()).isEqualTo(FollowUpStatus.TO_CONTACT);
    assertThat(item.stillUninsured()).isTrue();
  }

  @Test
  void rulesOfTheUpdate() {
    FollowUpItem item =
        new FollowUpItem(2023, person("9", "NORMAL"), CrossCheckKind.REGISTER, "sbs", T);
    assertThatThrownBy(
            () -> item.update(FollowUpReason.OTHER, " ", FollowUpStatus.CONTACTED, 0, "c", T))
        .hasMessageContaining("须填写说明");
    assertThatThrownBy(() -> item.update(null, null, FollowUpStatus.REASON_PROVEN, 1, "c", T))
        .hasMessageContaining("须选择未参保原因");
    assertThatThrownBy(
            () ->
                item.update(FollowUpReason.DECEASED, null, FollowUpStatus.REASON_PROVEN, 0, "c", T))
        .hasMessageContaining("佐证材料");
    item.update(
        FollowUpReason.DECEASED, null, FollowUpStatus.REASON_PROVEN, 1, "sbs", T.plusSeconds(5));
    assertThat(item.status()).isEqualTo(FollowUpStatus.REASON_PROVEN);
    assertThat(item.statusAt()).isEqualTo(T.plusSeconds(5));
  }
}
