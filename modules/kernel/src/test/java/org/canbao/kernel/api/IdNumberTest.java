package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdNumberTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest(name = "{0} → born {1}, {2}")
  @CsvSource({
    "11010519491231002X, 1949-12-31, FEMALE", // the standard's own example, check character X
    "11010519491231002x, 1949-12-31, FEMALE", // lower-case x is accepted and normalised
    "440524188001010014, 1880-01-01, MALE",
    "500102199003071232, 1990-03-07, MALE",
    "50011820100515004X, 2010-05-15, FEMALE",
    "500230198501010025, 1985-01-01, FEMALE",
    "' 500102202307010011 ', 2023-07-01, MALE"
  })
  void validNumbersGiveBirthDateAndSex(String raw, LocalDate birth, IdNumber.Sex sex) {
    IdNumber id = IdNumber.parse(raw, TODAY);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.sex()).isEqualTo(sex);
    assertThat(id.value()).hasSize(18).doesNotContain("x").doesNotContain(" ");
  }

  @Test
  void fifteenDigitNumberIsUpgradedWithCenturyAndCheckCharacter() {
    IdNumber id = IdNumber.parse("110105491231002", TODAY);
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "110105194912310021, 校验位错误",
    "11010519491231002Y, 最后一位只能是数字或X",
    "110105194902300021, 出生日期19490230不存在",
    "110105194913010021, 出生日期19491301不存在",
    "500102203001010011, 不合理", // born in the future
    "500102177001010011, 不合理", // before 1880
    "11010519491231002, 应为18位",
    "1101051949123100211, 应为18位",
    "11010A19491231002X, 前17位只能是数字",
    "11010549123100A, 只能由数字组成",
    "110105490230002, 不存在", // 15-digit with impossible date
    "010105194912310021, 行政区划代码"
  })
  void invalidNumbersAreRefusedWithAChineseReason(String raw, String reason) {
    assertThatThrownBy(() -> IdNumber.parse(raw, TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining(reason)
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo("idNumber");
  }

  @Test
  void emptyIsRefused() {
    assertThatThrownBy(() -> IdNumber.parse("  ", TODAY)).hasMessageContaining("不能为空");
  }

  @Test
  void maskedFormShowsFirstSixAndLastFour() {
    IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id.toString()).isEqualTo(id.masked());
  }

  @Test
  void equalByValue() {
    assertThat(IdNumber.parse("11010519491231002x", TODAY)).isEqualTo(IdNumber.parse("110105491231002", TODAY));
  }
}
