package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** An 18-character number with the right check character for {@code body17}. */
  static String withCheck(String body17) {
    return body17 + IdNumber.checkChar(body17);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "19010119900101123, 身份证号前两位“19”不是有效的省级行政区划代码",
    "00011819900101123, 身份证号前两位“00”不是有效的省级行政区划代码",
    "66010119900101123, 身份证号前两位“66”不是有效的省级行政区划代码",
    "50000019900101123, 身份证号前六位“500000”是省级行政区划代码",
    "11000019900101123, 身份证号前六位“110000”是省级行政区划代码",
    "71000019900101123, 身份证号前六位“710000”是省级行政区划代码",
    "83010119900101123, 身份证号前六位“830101”无效：以83开头的台湾居民居住证号码前六位应为830000",
    "99984019900101123, 外国人永久居留身份证号码第2、3位“99”不是有效的省级行政区划代码",
    "97184019900101123, 外国人永久居留身份证号码第2、3位“71”不是有效的省级行政区划代码"
  })
  void regionPartThatIsCertainlyWrongIsRefusedNamingThePart(String body17, String reason) {
    assertThatThrownBy(() -> IdNumber.parse(withCheck(body17), TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessage(reason + (reason.contains("是省级") ? "，不是签发身份证的区县代码" : ""));
  }

  @Test
  void legacyFifteenDigitNumbersAreCitizensOnlyAndNeedAProvinceCode() {
    assertThatThrownBy(() -> IdNumber.parse("950840491231002", TODAY))
        .hasMessageContaining("前两位“95”不是有效的省级行政区划代码");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "50019919900101123", // not a Chongqing county code today: a warning where the region data is
    // (IssuingRegions), not a refusal
    "50022219900101123", // 綦江县 until 2011: a historical code stays on the card for life
    "44190019900101123", // 东莞市: a prefecture-level city without counties issues under its own
    // xxxx00 code
    "81000019900101123", // residence permit of a Hong Kong resident
    "82000019900101123", // of a Macao resident
    "83000019900101123", // of a Taiwan resident
    "95084019900101123" // foreigner's permanent residence ID accepted in Chongqing (50),
    // nationality 840
  })
  void regionPartsThatMayBeRightAreAccepted(String body17) {
    IdNumber id = IdNumber.parse(withCheck(body17), TODAY);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    assertThat(id.foreigner()).isEqualTo(body17.startsWith("9"));
  }

  @Test
  void issuedNumbersCarryBirthSexAndTheRightCheckCharacter() {
    IdNumber man = IdNumber.issue("500118", LocalDate.of(1961, 3, 9), 135);
    assertThat(man.value()).isEqualTo(withCheck("50011819610309135"));
    assertThat(man.sex()).isEqualTo(IdNumber.Sex.MALE);
    assertThat(man.birthDate()).isEqualTo(LocalDate.of(1961, 3, 9));
    assertThat(IdNumber.issue("500118", LocalDate.of(2022, 10, 31), 2).sex())
        .isEqualTo(IdNumber.Sex.FEMALE);
    assertThat(
            IdNumber.parse(IdNumber.issue("500118", LocalDate.of(1990, 1, 1), 0).value(), TODAY)
                .value())
        .endsWith("000" + IdNumber.checkChar("50011819900101000"));
    assertThatThrownBy(() -> IdNumber.issue("500118", LocalDate.of(1990, 1, 1), 1000))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void storedNumbersAreMaskedWithoutBeingCheckedAgain() {
    assertThat(IdNumber.mask("190101199001011234")).isEqualTo("190101********1234");
    assertThat(IdNumber.mask(null)).isNull();
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
    assertThat(IdNumber.parse("11010519491231002x", TODAY))
        .isEqualTo(IdNumber.parse("110105491231002", TODAY));
  }
}
