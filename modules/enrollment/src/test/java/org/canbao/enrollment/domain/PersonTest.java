package org.canbao.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {
  private static final RegionRef A =
      new RegionRef(4, null, "文昌宫社区", RegionLevel.VILLAGE, 3L, "/1/2/3/4/");
  private static final RegionRef B =
      new RegionRef(5, null, "松江社区", RegionLevel.VILLAGE, 3L, "/1/2/3/5/");
  private static final RegionRef TOWN =
      new RegionRef(3, "500118107", "松溉镇", RegionLevel.TOWNSHIP, 2L, "/1/2/3/");

  private static Person person() {
    return new Person(
        IdNumber.parse("11010519491231002X"), "张三", "H1", "户主", A, LocalDate.of(2020, 1, 1));
  }

  @Test
  void birthDateAndSexComeFromTheIdNumber() {
    Person p = person();
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(p.sex()).isEqualTo("女");
    assertThat(p.status()).isEqualTo(PersonStatus.NORMAL);
  }

  @Test
  void aMoveKeepsTheFormerVillage() {
    Person p = person();
    p.moveTo(B, LocalDate.of(2024, 3, 1));
    assertThat(p.villageId()).isEqualTo(5);
    assertThat(p.villagePath()).isEqualTo("/1/2/3/5/");
    assertThat(p.residences()).hasSize(2);
    assertThat(p.residences().get(0).villageId()).isEqualTo(4);
    assertThat(p.residences().get(0).from()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(p.residences().get(0).to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(p.residences().get(1).from()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(p.residences().get(1).to()).isNull();
    assertThat(p.villageSince()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThatThrownBy(() -> p.moveTo(B, LocalDate.of(2025, 1, 1))).hasMessageContaining("相同");
  }

  @Test
  void onlyVillagesHoldHouseholdRegistrations() {
    assertThatThrownBy(
            () -> new Person(IdNumber.parse("11010519491231002X"), "张三", null, null, TOWN, null))
        .hasMessageContaining("必须是村(社区)");
  }

  @Test
  void statusChangesNeedADate() {
    Person p = person();
    assertThatThrownBy(() -> p.changeStatus(PersonStatus.DECEASED, null))
        .hasMessageContaining("日期");
    p.changeStatus(PersonStatus.DECEASED, LocalDate.of(2025, 6, 1));
    assertThat(p.status()).isEqualTo(PersonStatus.DECEASED);
  }

  @Test
  void identitiesHaveValidityPeriods() {
    Person p = person();
    PersonIdentity dibao =
        p.addIdentity("DIBAO", "民政局", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null);
    assertThat(dibao.validOn(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(dibao.validOn(LocalDate.of(2024, 1, 1))).isFalse();
    assertThatThrownBy(() -> p.addIdentity("DIBAO", "民政局", LocalDate.of(2023, 1, 1), null, null))
        .hasMessageContaining("已登记");
    assertThatThrownBy(
            () ->
                p.addIdentity(
                    "TEKUN", "民政局", LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1), null))
        .hasMessageContaining("不能早于");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202E", "\u200B", "\u2066", "\uFEFF", "\u0007", "\n"})
  void namesAndHouseholdsWithInvisibleCharactersAreRefusedNamingTheField(String invisible) {
    assertThatThrownBy(
            () ->
                new Person(
                    IdNumber.parse("11010519491231002X"),
                    "张" + invisible + "三",
                    "H1",
                    "户主",
                    A,
                    null))
        .hasMessageStartingWith("姓名含有不可见的控制字符或格式字符");
    Person p = person();
    assertThatThrownBy(() -> p.correct("张三", "H" + invisible, "户主")).hasMessageStartingWith("户号含有");
    assertThatThrownBy(() -> p.correct("张三", "H1", "户" + invisible + "主"))
        .hasMessageStartingWith("与户主关系含有");
    assertThat(p.name()).isEqualTo("张三");
  }
}
