package org.canbao.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicityMaskTest {
  @Test
  void idNumbersShowTheFirstSixAndLastFour() {
    assertThat(PublicityMask.idNumber("50010219800101123X")).isEqualTo("500102********123X");
  }

  @Test
  void namesKeepTheFirstAndLastCharacter() {
    assertThat(PublicityMask.name("张三明")).isEqualTo("张*明");
    assertThat(PublicityMask.name("张三")).isEqualTo("张*");
    assertThat(PublicityMask.name("欧阳小明")).isEqualTo("欧**明");
    assertThat(PublicityMask.name("王")).isEqualTo("王");
    assertThat(PublicityMask.name(null)).isNull();
  }
}
