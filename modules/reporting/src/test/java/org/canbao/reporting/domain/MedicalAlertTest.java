package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertState;
import org.junit.jupiter.api.Test;

/**
 * An alert's lifecycle: each step only from the state before it, with who, when and the due day.
 */
class MedicalAlertTest {
  private static final Instant T = Instant.parse("2024-06-01T02:00:00Z");
  private static final LocalDate D = LocalDate.of(2024, 6, 1);

  static MedicalAlert raised() {
    return new MedicalAlert(
        2024,
        1,
        "11010519491231002X",
        "张三",
        "/1/2/3/4/",
        AlertGroup.LOW_INCOME,
        new BigDecimal("7300.00"),
        new BigDecimal("8000.00"),
        "system",
        T,
        D.plusDays(5));
  }

  @Test
  void newPushedVerifiedHelpRequestedAnsweredClosed() {
    MedicalAlert a = raised();
    assertThat(a.state()).isEqualTo(AlertState.NEW);
    assertThat(a.overLine()).isTrue();
    a.push("qxadmin", T.plusSeconds(60), D.plusDays(10));
    assertThat(a.state()).isEqualTo(AlertState.PUSHED);
    assertThat(a.stateBy()).isEqualTo("qxadmin");
    assertThat(a.dueOn()).isEqualTo(D.plusDays(10));
    a.verify("入户核实：住院费用属实，家庭无其他收入", 1, "sbs", T.plusSeconds(120), D.plusDays(15));
    assertThat(a.state()).isEqualTo(AlertState.VERIFIED);
    assertThat(a.verifyNote()).startsWith("入户核实");
    a.helpRequested("sbs", T.plusSeconds(180), D.plusDays(30));
    a.answered(false, "minzheng", T.plusSeconds(240), D.plusDays(40));
    assertThat(a.state()).as("one department of two answered").isEqualTo(AlertState.HELP_REQUESTED);
    a.answered(true, "xczx", T.plusSeconds(300), D.plusDays(40));
    assertThat(a.state()).isEqualTo(AlertState.ANSWERED);
    a.close("sbs", T.plusSeconds(360));
    assertThat(a.state()).isEqualTo(AlertState.CLOSED);
    assertThat(a.dueOn()).isNull();
    assertThat(a.overdue(D.plusYears(1))).isFalse();
  }

  @Test
  void aVerifiedAlertThatNeedsNoHelpMayBeClosed() {
    MedicalAlert a = raised();
    a.push("qxadmin", T, D);
    a.verify("费用已由商业保险报销", 2, "sbs", T, D);
    a.close("sbs", T);
    assertThat(a.state()).isEqualTo(AlertState.CLOSED);
  }

  @Test
  void stepsOutOfOrderAreRefusedSayingTheState() {
    MedicalAlert a = raised();
    assertThatThrownBy(() -> a.verify("核实", 1, "sbs", T, D))
        .isInstanceOf(BusinessException.class)
        .hasMessage("预警当前为“新预警”，不能确认核实");
    assertThatThrownBy(() -> a.close("sbs", T)).hasMessage("预警当前为“新预警”，不能办结");
    a.push("qxadmin", T, D);
    assertThatThrownBy(() -> a.push("qxadmin", T, D)).hasMessage("预警当前为“已推送乡镇核实”，不能推送乡镇核实");
    assertThatThrownBy(() -> a.helpRequested("sbs", T, D)).hasMessageContaining("不能申请部门帮扶");
    assertThatThrownBy(() -> a.answered(true, "minzheng", T, D)).hasMessageContaining("不能反馈帮扶情况");
  }

  @Test
  void aVerificationNeedsWhatWasFoundAndAnEvidenceFile() {
    MedicalAlert a = raised();
    a.push("qxadmin", T, D);
    assertThatThrownBy(() -> a.verify(" ", 1, "sbs", T, D)).hasMessage("请填写核实情况");
    assertThatThrownBy(() -> a.verify("属实", 0, "sbs", T, D)).hasMessageContaining("请先上传核实佐证材料");
    assertThat(a.state()).isEqualTo(AlertState.PUSHED);
  }

  @Test
  void overdueOnceTheDueDayHasPassed() {
    MedicalAlert a = raised(); // due D + 5
    assertThat(a.overdue(D.plusDays(5))).isFalse();
    assertThat(a.overdue(D.plusDays(6))).isTrue();
  }
}
