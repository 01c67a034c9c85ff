package org.canbao.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.YearState;
import org.junit.jupiter.api.Test;

/**
 * A district closes an insurance year that is over; only a closed year is reopened, and only with a
 * reason; a reopened year is closed again.
 */
class ClosedYearTest {
  private static final RegionRef YONGCHUAN =
      new RegionRef(39, "500118", "永川区", RegionLevel.DISTRICT, 1L, "/1/39/");
  private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

  @Test
  void aDistrictClosesAYearThatIsOver() {
    ClosedYear c = new ClosedYear(YONGCHUAN, 2023, "qxadmin", NOW, LocalDate.of(2024, 1, 1));
    assertThat(c.status()).isEqualTo(YearState.CLOSED);
    assertThat(c.regionPath()).isEqualTo("/1/39/");
    assertThat(c.closedBy()).isEqualTo("qxadmin");
    assertThatThrownBy(
            () -> new ClosedYear(YONGCHUAN, 2023, "qxadmin", NOW, LocalDate.of(2023, 12, 31)))
        .hasMessage("2023年度尚未结束（待遇期至2023-12-31），年度结束后才能锁定");
  }

  @Test
  void onlyADistrictClosesAYear() {
    RegionRef town =
        new RegionRef(1077, "500118107", "松溉镇", RegionLevel.TOWNSHIP, 39L, "/1/39/1077/");
    assertThatThrownBy(() -> new ClosedYear(town, 2023, "qxadmin", NOW, LocalDate.of(2024, 1, 1)))
        .hasMessage("年度锁定须按区县进行，请选择区县");
  }

  @Test
  void reopeningNeedsAReasonAndAClosedYear() {
    ClosedYear c = new ClosedYear(YONGCHUAN, 2023, "qxadmin", NOW, LocalDate.of(2024, 1, 1));
    assertThatThrownBy(() -> c.reopen("sysadmin", NOW, " ")).hasMessage("请填写解除锁定的原因");
    c.reopen("sysadmin", NOW, "更正死亡日期");
    assertThat(c.status()).isEqualTo(YearState.REOPENED);
    assertThat(c.reopenReason()).isEqualTo("更正死亡日期");
    assertThatThrownBy(() -> c.reopen("sysadmin", NOW, "再次")).hasMessage("永川区2023年度未锁定，无需解除");
    c.closeAgain("qxadmin", NOW);
    assertThat(c.status()).isEqualTo(YearState.CLOSED);
    assertThat(c.reopenReason()).isNull();
    assertThatThrownBy(() -> c.closeAgain("qxadmin", NOW)).hasMessageContaining("已锁定");
  }
}
