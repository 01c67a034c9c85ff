package org.canbao.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Region identity and name history: 义和镇 and 义和街道 are the same township (Fuling notices). */
class RegionTest {
  private Region chongqing;
  private Region fuling;

  @BeforeEach
  void tree() {
    chongqing = new Region(null, RegionLevel.CITY, "500000", "重庆市", null);
    fuling = new Region(chongqing, RegionLevel.DISTRICT, "500102", "涪陵区", null);
  }

  @Test
  void renameKeepsTheOldNameInTheHistory() {
    Region yihe =
        new Region(fuling, RegionLevel.TOWNSHIP, "500102016", "义和镇", LocalDate.of(1992, 1, 1));
    yihe.rename("义和街道", LocalDate.of(2020, 6, 1), "撤镇设街道");

    assertThat(yihe.currentName()).isEqualTo("义和街道");
    assertThat(yihe.nameOn(LocalDate.of(2019, 10, 1))).isEqualTo("义和镇");
    assertThat(yihe.nameOn(LocalDate.of(2020, 5, 31))).isEqualTo("义和镇");
    assertThat(yihe.nameOn(LocalDate.of(2020, 6, 1))).isEqualTo("义和街道");
    assertThat(yihe.answersTo("义和镇")).isTrue();
    assertThat(yihe.answersTo(" 义和街道\u3000")).isTrue();
    assertThat(yihe.answersTo("蔺市镇")).isFalse();
    assertThat(yihe.names()).hasSize(2);
    assertThat(yihe.names().get(0).validTo()).isEqualTo(LocalDate.of(2020, 5, 31));
  }

  @Test
  void formerNameWithUnknownDatesStillResolvesButIsNotCurrent() {
    Region zengfu = new Region(fuling, RegionLevel.TOWNSHIP, "500102130", "增福镇", null);
    zengfu.addFormerName("增福乡", null, null, "督导通知所用名称");

    assertThat(zengfu.currentName()).isEqualTo("增福镇");
    assertThat(zengfu.answersTo("增福乡")).isTrue();
    assertThat(zengfu.nameOn(LocalDate.of(2018, 1, 1))).isEqualTo("增福镇");
    assertThat(zengfu.names())
        .filteredOn(RegionName::isCurrent)
        .extracting(RegionName::name)
        .containsExactly("增福镇");
  }

  @Test
  void renameRulesAreEnforced() {
    Region t =
        new Region(fuling, RegionLevel.TOWNSHIP, "500102128", "同乐乡", LocalDate.of(2000, 1, 1));
    assertThatThrownBy(() -> t.rename("同乐乡", LocalDate.of(2020, 1, 1), null))
        .hasMessageContaining("相同");
    assertThatThrownBy(() -> t.rename("同乐镇", LocalDate.of(1999, 1, 1), null))
        .hasMessageContaining("应晚于");
    assertThatThrownBy(() -> t.rename("同乐镇", null, null)).hasMessageContaining("日期不能为空");
    assertThatThrownBy(() -> t.addFormerName("同乐乡", null, null, null)).hasMessageContaining("已有名称");
  }

  @Test
  void hierarchyAndCodesMustFit() {
    assertThatThrownBy(() -> new Region(chongqing, RegionLevel.TOWNSHIP, "500102016", "义和街道", null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("下级应为区县");
    assertThatThrownBy(() -> new Region(fuling, RegionLevel.TOWNSHIP, "500118107", "松溉镇", null))
        .hasMessageContaining("与上级涪陵区（500102）不符");
    assertThatThrownBy(() -> new Region(fuling, RegionLevel.TOWNSHIP, null, "无码镇", null))
        .hasMessageContaining("必须有区划代码");
    assertThatThrownBy(() -> new Region(null, RegionLevel.DISTRICT, "500102", "涪陵区", null))
        .hasMessageContaining("必须有上级");
  }

  @Test
  void villagesMayWaitForTheirCode() {
    Region songgai =
        new Region(
            new Region(chongqing, RegionLevel.DISTRICT, "500118", "永川区", null),
            RegionLevel.TOWNSHIP,
            "500118107",
            "松溉镇",
            null);
    Region village = new Region(songgai, RegionLevel.VILLAGE, null, "文昌宫社区", null);
    assertThat(village.code()).isNull();
    village.assignCode("500118107001");
    assertThat(village.code()).isEqualTo("500118107001");
    assertThatThrownBy(() -> village.assignCode("500102016001")).hasMessageContaining("不符");
  }
}
