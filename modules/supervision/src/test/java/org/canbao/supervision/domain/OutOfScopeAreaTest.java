package org.canbao.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A mark needs its reason: DOMAIN.md §7, "a district marks, per year and with a reason". */
class OutOfScopeAreaTest {
  private static final String REASON = "城区街道，无脱贫攻坚任务（通知未设督导组）";

  @Test
  void aMarkWithoutAReasonIsRefusedNamingTheArea() {
    assertThatThrownBy(() -> new OutOfScopeArea(2023, 1, 2, "/1/2/", "敦仁街道", "  "))
        .hasMessage("请填写敦仁街道不在督导范围内的原因");
    assertThatThrownBy(() -> new OutOfScopeArea(2023, 1, 2, "/1/2/", "敦仁街道", null))
        .hasMessageContaining("原因");
    OutOfScopeArea mark = new OutOfScopeArea(2023, 1, 2, "/1/2/", "敦仁街道", REASON);
    assertThatThrownBy(() -> mark.changeReason("敦仁街道", "")).hasMessage("请填写敦仁街道不在督导范围内的原因");
    assertThatThrownBy(() -> mark.changeReason("敦仁街道", "理".repeat(201)))
        .hasMessageContaining("不能超过200字");
  }

  @Test
  void aMarkCopiedToTheNextYearKeepsAreaAndReason() {
    OutOfScopeArea copy =
        new OutOfScopeArea(2023, 1, 2, "/1/2/", "敦仁街道", " " + REASON + " ").forYear(2024, "敦仁街道");
    assertThat(copy.year()).isEqualTo(2024);
    assertThat(copy.areaId()).isEqualTo(2);
    assertThat(copy.reason()).isEqualTo(REASON);
  }
}
