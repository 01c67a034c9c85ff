package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.enrollment.api.ChangeKind;
import org.canbao.enrollment.api.ChangeRequestStatus;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.EvidenceType;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A change request changes nothing until it is approved; approving applies it by the registry's own
 * rules, rejecting needs a reason, and a decided request is final.
 */
class ChangeRequestTest {
  private static final RegionRef VILLAGE =
      new RegionRef(4, null, "文昌宫社区", RegionLevel.VILLAGE, 3L, "/1/2/3/4/");
  private static final LocalDate TODAY = LocalDate.of(2024, 5, 20);
  private static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z");

  private final Person person = person();
  private final PersonIdentity dibao =
      withId(person.addIdentity("DIBAO", "民政局", LocalDate.of(2022, 1, 1), null, null), 77L);

  private static Person person() {
    return withId(
        new Person(IdNumber.parse("11010519491231002X"), "张三", "H1", "户主", VILLAGE, null), 42L);
  }

  /** Ids are the database's; a test gives them by hand. */
  private static <T> T withId(T entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private ChangeRequest request(ChangeKind kind, Long identityId, LocalDate date) {
    return new ChangeRequest(person, kind, identityId, date, "村民委员会核实", "cungan", NOW, TODAY);
  }

  @Test
  void aRequestChangesNothingUntilItIsApproved() {
    ChangeRequest r = request(ChangeKind.DECEASED, null, LocalDate.of(2024, 5, 1));
    assertThat(r.status()).isEqualTo(ChangeRequestStatus.PENDING);
    assertThat(person.status()).isEqualTo(PersonStatus.NORMAL);
    assertThat(r.villagePath()).isEqualTo("/1/2/3/4/");

    r.approve(person, "sbs", NOW, null);
    assertThat(r.status()).isEqualTo(ChangeRequestStatus.APPROVED);
    assertThat(person.status()).isEqualTo(PersonStatus.DECEASED);
    assertThat(person.statusSince()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(r.decidedBy()).isEqualTo("sbs");
  }

  @Test
  void aMoveOutOfTheDistrictBecomesTheStatusMovedOut() {
    ChangeRequest r = request(ChangeKind.MOVED_OUT, null, LocalDate.of(2024, 3, 1));
    r.approve(person, "sbs", NOW, "已核对迁移证");
    assertThat(person.status()).isEqualTo(PersonStatus.MOVED_OUT);
    assertThat(r.decisionNote()).isEqualTo("已核对迁移证");
  }

  @Test
  void anApprovedIdentityEndEndsThatIdentity() {
    ChangeRequest r = request(ChangeKind.IDENTITY_ENDED, 77L, LocalDate.of(2024, 4, 30));
    assertThat(dibao.validTo()).isNull();
    r.approve(person, "sbs", NOW, null);
    assertThat(dibao.validTo()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(person.status()).isEqualTo(PersonStatus.NORMAL);
  }

  @Test
  void aRejectionNeedsAReasonAndChangesNothing() {
    ChangeRequest r = request(ChangeKind.DECEASED, null, LocalDate.of(2024, 5, 1));
    assertThatThrownBy(() -> r.reject("sbs", NOW, " ")).hasMessage("驳回须说明原因");
    r.reject("sbs", NOW, "未见死亡证明");
    assertThat(r.status()).isEqualTo(ChangeRequestStatus.REJECTED);
    assertThat(r.decisionNote()).isEqualTo("未见死亡证明");
    assertThat(person.status()).isEqualTo(PersonStatus.NORMAL);
  }

  @Test
  void aDecidedRequestIsFinal() {
    ChangeRequest rejected = request(ChangeKind.DECEASED, null, LocalDate.of(2024, 5, 1));
    rejected.reject("sbs", NOW, "材料不全");
    assertThatThrownBy(() -> rejected.approve(person, "sbs", NOW, null))
        .hasMessage("该变更申请已驳回，不能再批准");
    assertThat(person.status()).isEqualTo(PersonStatus.NORMAL);
    ChangeRequest approved = request(ChangeKind.MOVED_OUT, null, LocalDate.of(2024, 5, 1));
    approved.approve(person, "sbs", NOW, null);
    assertThatThrownBy(() -> approved.reject("sbs", NOW, "撤回")).hasMessage("该变更申请已批准，不能再驳回");
    assertThatThrownBy(
            () -> approved.attachEvidence("a.pdf", EvidenceType.PDF, 10, "00", "2024/a.pdf"))
        .hasMessage("该变更申请已批准，不能再补充佐证材料");
  }

  @Test
  void whatTheRegistryWouldRefuseIsRefusedWhenFiled() {
    assertThatThrownBy(() -> request(ChangeKind.IDENTITY_ENDED, 77L, LocalDate.of(2021, 12, 31)))
        .hasMessage("身份有效期截止日期不能早于起始日期");
    assertThatThrownBy(() -> request(ChangeKind.IDENTITY_ENDED, 78L, LocalDate.of(2024, 1, 1)))
        .hasMessage("请选择该人员的一项身份");
    assertThatThrownBy(() -> request(ChangeKind.DECEASED, null, LocalDate.of(1949, 12, 30)))
        .hasMessageContaining("不能早于出生日期");
    assertThatThrownBy(() -> request(ChangeKind.DECEASED, null, TODAY.plusDays(1)))
        .hasMessage("死亡日期不能晚于今天");
    assertThatThrownBy(() -> request(ChangeKind.DECEASED, null, null)).hasMessage("请填写变更日期");
    assertThatThrownBy(
            () ->
                new ChangeRequest(
                    person, ChangeKind.DECEASED, null, TODAY, "", "cungan", NOW, TODAY))
        .hasMessage("请填写申请原因");
  }

  @ParameterizedTest
  @EnumSource(
      value = ChangeKind.class,
      names = {"DECEASED", "MOVED_OUT"})
  void aStatusThePersonAlreadyHasIsNotAskedForAgain(ChangeKind kind) {
    person.changeStatus(kind.status(), LocalDate.of(2023, 1, 1));
    assertThatThrownBy(() -> request(kind, null, LocalDate.of(2024, 1, 1)))
        .hasMessage("该人员状态已是“" + kind.status().label() + "”");
  }

  @Test
  void anIdentityAlreadyEndedByTheDateIsNotEndedAgain() {
    dibao.endOn(LocalDate.of(2023, 12, 31));
    assertThatThrownBy(() -> request(ChangeKind.IDENTITY_ENDED, 77L, LocalDate.of(2024, 4, 30)))
        .hasMessage("该身份已于2023-12-31终止");
  }

  @Test
  void theRegistrysRuleStillDecidesAtApproval() {
    ChangeRequest r = request(ChangeKind.DECEASED, null, LocalDate.of(2024, 5, 1));
    Person someoneElse = withId(person(), 43L);
    assertThatThrownBy(() -> r.approve(someoneElse, "sbs", NOW, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(r.status()).isEqualTo(ChangeRequestStatus.PENDING);
  }
}
