package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {
  @Test
  void codesFitTheirLevels() {
    assertThat(RegionCode.of("500102").fits(RegionLevel.DISTRICT)).isTrue();
    assertThat(RegionCode.of("500102016").fits(RegionLevel.TOWNSHIP)).isTrue();
    assertThat(RegionCode.of("500102016001").fits(RegionLevel.VILLAGE)).isTrue();
    assertThat(RegionCode.of("500102016").fits(RegionLevel.DISTRICT)).isFalse();
  }

  @Test
  void childCodesExtendTheParentCode() {
    assertThat(RegionCode.of("500102").isChildCodeOf(RegionCode.of("500000"))).isTrue();
    assertThat(RegionCode.of("500243").isChildCodeOf(RegionCode.of("500000"))).isTrue();
    assertThat(RegionCode.of("500102016").isChildCodeOf(RegionCode.of("500102"))).isTrue();
    assertThat(RegionCode.of("500118107").isChildCodeOf(RegionCode.of("500102"))).isFalse();
    assertThat(RegionCode.of("510102").isChildCodeOf(RegionCode.of("500000"))).isFalse();
  }

  @Test
  void malformedCodesAreRefused() {
    assertThatThrownBy(() -> RegionCode.of("50010")).hasMessageContaining("6、9或12位数字");
    assertThatThrownBy(() -> RegionCode.of("50010A016")).hasMessageContaining("6、9或12位数字");
  }

  @Test
  void levelsParseFromChineseWords() {
    assertThat(RegionLevel.parse("街道")).isEqualTo(RegionLevel.TOWNSHIP);
    assertThat(RegionLevel.parse("社区")).isEqualTo(RegionLevel.VILLAGE);
    assertThat(RegionLevel.parse("TOWNSHIP")).isEqualTo(RegionLevel.TOWNSHIP);
    assertThatThrownBy(() -> RegionLevel.parse("组")).hasMessageContaining("无法识别");
  }
}
