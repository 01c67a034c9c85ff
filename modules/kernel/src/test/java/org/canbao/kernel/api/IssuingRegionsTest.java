package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warning on the county part of an ID number, judged against the region data Canbao holds. */
class IssuingRegionsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final IssuingRegions CHONGQING =
      IssuingRegions.of(
          List.of(
              new RegionRef(1, "500000", "重庆市", RegionLevel.CITY, null, "/1/"),
              new RegionRef(2, "500118", "永川区", RegionLevel.DISTRICT, 1L, "/1/2/"),
              new RegionRef(3, "500102", "涪陵区", RegionLevel.DISTRICT, 1L, "/1/3/"),
              new RegionRef(4, "500118107", "松溉镇", RegionLevel.TOWNSHIP, 2L, "/1/2/4/")));

  private static IdNumber id(String body17) {
    return IdNumber.parse(IdNumberTest.withCheck(body17), TODAY);
  }

  @Test
  void chongqingCodeThatIsNoDistrictInTheRegionDataIsWarnedAbout() {
    assertThat(CHONGQING.warning(id("50019919900101123")))
        .contains("身份证号前六位“500199”不是重庆市现行区县代码（可能是历史代码），请核对");
    assertThat(CHONGQING.warning(id("50022219900101123")))
        .as("綦江县, a code of 1997–2011")
        .isPresent();
  }

  @Test
  void knownDistrictsOtherProvincesAndForeignersAreNotWarnedAbout() {
    assertThat(CHONGQING.warning(id("50011819900101123"))).isEmpty();
    assertThat(CHONGQING.warning(id("50010219900101123"))).isEmpty();
    assertThat(CHONGQING.warning(id("44052419900101123")))
        .as("no national list of counties")
        .isEmpty();
    assertThat(CHONGQING.warning(id("95084019900101123")))
        .as("digits 4-6 are a nationality")
        .isEmpty();
  }

  @Test
  void withoutDistrictsInTheRegionDataNothingIsJudged() {
    assertThat(IssuingRegions.none().warning(id("50019919900101123"))).isEmpty();
    assertThat(
            IssuingRegions.of(
                    List.of(new RegionRef(1, "500000", "重庆市", RegionLevel.CITY, null, "/1/")))
                .warning(id("50019919900101123")))
        .isEmpty();
  }
}
