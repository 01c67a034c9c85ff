package org.canbao.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canbao.incentives.api.TargetSource;
import org.canbao.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

/** A published target (imported or edited) always wins over a default. */
class TargetTest {
  private static final LocalDate BASE = LocalDate.of(2022, 11, 1);

  @Test
  void aDefaultNeverReplacesAnImportedOrEditedTarget() {
    Target t = new Target(2023, 1, "/1/");
    assertThat(t.set(1438, 1367, BASE, TargetSource.IMPORTED)).isTrue();
    assertThat(t.set(1438, 1366, BASE, TargetSource.DEFAULT)).isFalse();
    assertThat(t.targetCount()).isEqualTo(1367);
    assertThat(t.source()).isEqualTo(TargetSource.IMPORTED);
    assertThat(t.set(1440, 1370, BASE, TargetSource.EDITED)).isTrue();
    assertThat(t.set(1440, 1368, BASE, TargetSource.DEFAULT)).isFalse();
    assertThat(t.targetCount()).isEqualTo(1370);
  }

  @Test
  void aDefaultReplacesAnEarlierDefault() {
    Target t = new Target(2023, 1, "/1/");
    t.set(100, 95, BASE, TargetSource.DEFAULT);
    assertThat(t.set(120, 114, BASE, TargetSource.DEFAULT)).isTrue();
    assertThat(t.registered()).isEqualTo(120);
  }

  @Test
  void aPublishedTargetAboveTheRegisteredOrNegativeIsRefused() {
    Target t = new Target(2023, 1, "/1/");
    assertThatThrownBy(() -> t.set(100, 101, BASE, TargetSource.IMPORTED))
        .isInstanceOf(BusinessException.class)
        .hasMessage("目标数101不能超过户籍人数100");
    assertThatThrownBy(() -> t.set(-1, 0, BASE, TargetSource.EDITED))
        .isInstanceOf(BusinessException.class);
  }
}
