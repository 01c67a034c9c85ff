package org.canbao.incentives.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.canbao.incentives.api.Band;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.incentives.api.TargetRounding;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.junit.jupiter.api.Test;

/**
 * A new year's settings are proposed from what a district saved, never from figures in the code.
 */
class SettingsProposalTest {
  static final RegionRef DISTRICT =
      new RegionRef(7, "500118", "某区", RegionLevel.DISTRICT, 1L, "/1/7/");

  @Test
  void aProposalCopiesTheEarlierYearsFiguresWithTheDatesMovedToTheYear() {
    CampaignSettings saved = new CampaignSettings(7, "/1/7/", 2021);
    List<Band> bands =
        List.of(
            new Band(
                new BigDecimal("98"),
                new BigDecimal("4"),
                new BigDecimal("2"),
                new BigDecimal("2"),
                new BigDecimal("1")),
            new Band(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("-1")));
    saved.change(
        LocalDate.of(2020, 10, 15),
        new BigDecimal("97"),
        TargetRounding.UP,
        new BigDecimal("100"),
        new BigDecimal("98"),
        Set.of("DIBAO"),
        Set.of("STABLE_POST_POVERTY"),
        new BigDecimal("95"),
        new BigDecimal("85"),
        BulletinSchedule.HALF_MONTHLY,
        LocalDate.of(2020, 10, 20),
        LocalDate.of(2020, 12, 20),
        SubsidyBasis.TARGET,
        bands);

    CampaignSettingsData p = SettingsStore.proposal(saved, DISTRICT, 2024, "某区2021年度");

    assertThat(p.saved()).isFalse();
    assertThat(p.proposedFrom()).isEqualTo("某区2021年度");
    assertThat(p.year()).isEqualTo(2024);
    assertThat(p.baseDate()).isEqualTo(LocalDate.of(2023, 10, 15));
    assertThat(p.campaignStart()).isEqualTo(LocalDate.of(2023, 10, 20));
    assertThat(p.cutoff()).isEqualTo(LocalDate.of(2023, 12, 20));
    assertThat(p.defaultShare()).isEqualByComparingTo("97");
    assertThat(p.povertyRate()).isEqualByComparingTo("98");
    assertThat(p.rounding()).isEqualTo(TargetRounding.UP);
    assertThat(p.basis()).isEqualTo(SubsidyBasis.TARGET);
    assertThat(p.lowIncomeCategories()).containsExactly("DIBAO");
    assertThat(p.bands()).hasSize(2);
    assertThat(p.bands().get(0).minCompletion()).isEqualByComparingTo("98");
  }

  @Test
  void withNothingEverSavedTheFormIsEmpty() {
    CampaignSettingsData e = SettingsStore.empty(DISTRICT, 2024);
    assertThat(e.saved()).isFalse();
    assertThat(e.proposedFrom()).isNull();
    assertThat(e.baseDate()).isNull();
    assertThat(e.cutoff()).isNull();
    assertThat(e.defaultShare()).isNull();
    assertThat(e.lowIncomeRate()).isNull();
    assertThat(e.povertyRate()).isNull();
    assertThat(e.bands()).isEmpty();
    assertThat(e.lowIncomeCategories()).isEmpty();
  }

  @Test
  void theDemoSeedsSonggaisSettingsAsTheNoticePublishesThem() {
    CampaignSettingsData d = IncentivesDemoData.songgai2023(DISTRICT);
    assertThat(d.defaultShare()).isEqualByComparingTo("95");
    assertThat(d.lowIncomeRate()).isEqualByComparingTo("100");
    assertThat(d.povertyRate()).as("脱贫人口和低收入监测对象，参保率必须达到100%").isEqualByComparingTo("100");
    assertThat(d.cutoff()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(d.bands())
        .extracting(
            b ->
                b.perPerson().stripTrailingZeros().toPlainString()
                    + "="
                    + b.townShare().stripTrailingZeros().toPlainString()
                    + "+"
                    + b.villageShare().stripTrailingZeros().toPlainString()
                    + "/"
                    + b.scoreDelta().stripTrailingZeros().toPlainString())
        .containsExactly("6=3+3/0.5", "5=2.5+2.5/0", "3=2+1/0", "0=0+0/-0.5");
  }
}
