package org.canbao.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.canbao.incentives.api.Band;
import org.canbao.kernel.api.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Songgai 2023 §三(一): 100% → 6 (3+3) +0.5; 90% → 5 (2.5+2.5); 80% → 3 (2+1); below 80% → nothing,
 * −0.5.
 */
class BandsTest {
  static final List<Band> SONGGAI =
      List.of(
          band("100", "6", "3", "3", "0.5"),
          band("90", "5", "2.5", "2.5", "0"),
          band("80", "3", "2", "1", "0"),
          band("0", "0", "0", "0", "-0.5"));
  private final Bands bands = new Bands(SONGGAI);

  static Band band(String min, String per, String town, String village, String score) {
    return new Band(
        new BigDecimal(min),
        new BigDecimal(per),
        new BigDecimal(town),
        new BigDecimal(village),
        new BigDecimal(score));
  }

  @Test
  void aVillageThatReachesItsTargetExactlyGetsSixYuanSplitThreeAndThreeAndHalfAPoint() {
    Award a = bands.award(3197, 3197, 3197);
    assertThat(a.band().minCompletion()).isEqualByComparingTo("100");
    assertThat(a.subsidy()).isEqualTo(new BigDecimal("19182.00"));
    assertThat(a.townShare()).isEqualTo(new BigDecimal("9591.00"));
    assertThat(a.villageShare()).isEqualTo(new BigDecimal("9591.00"));
    assertThat(a.scoreDelta()).isEqualByComparingTo("0.5");
  }

  @Test
  void ninetyPercentExactlyIsTheFiveYuanBandSplitInHalvesWithoutScoreChange() {
    Award a = bands.award(900, 1000, 901);
    assertThat(a.band().minCompletion()).isEqualByComparingTo("90");
    assertThat(a.subsidy()).isEqualTo(new BigDecimal("4505.00"));
    assertThat(a.townShare()).isEqualTo(new BigDecimal("2252.50"));
    assertThat(a.villageShare()).isEqualTo(new BigDecimal("2252.50"));
    assertThat(a.scoreDelta()).isEqualByComparingTo("0");
  }

  @Test
  void eightyPercentIsThreeYuanTwoFromTheTownOneFromTheVillage() {
    Award a = bands.award(800, 1000, 800);
    assertThat(a.band().minCompletion()).isEqualByComparingTo("80");
    assertThat(a.subsidy()).isEqualTo(new BigDecimal("2400.00"));
    assertThat(a.townShare()).isEqualTo(new BigDecimal("1600.00"));
    assertThat(a.villageShare()).isEqualTo(new BigDecimal("800.00"));
  }

  @Test
  void justUnderAnEdgeStaysInTheLowerBandEvenWhenTheRoundedPercentageLooksLikeTheEdge() {
    // 19999/20000 = 99.995%: shown as 99.99, never rounded up to 100
    assertThat(bands.bandFor(19999, 20000).minCompletion()).isEqualByComparingTo("90");
    assertThat(Bands.completion(19999, 20000)).isEqualByComparingTo("99.99");
    assertThat(bands.bandFor(17999, 20000).minCompletion()).isEqualByComparingTo("80");
    Award below = bands.award(15999, 20000, 15999);
    assertThat(below.band().minCompletion()).isEqualByComparingTo("0");
    assertThat(below.subsidy()).isEqualTo(new BigDecimal("0.00"));
    assertThat(below.scoreDelta()).isEqualByComparingTo("-0.5");
  }

  @Test
  void moreThanTheTargetIsStillTheTopBand() {
    assertThat(bands.bandFor(1200, 1000).minCompletion()).isEqualByComparingTo("100");
    assertThat(Bands.completion(1200, 1000)).isEqualByComparingTo("120.00");
  }

  @Test
  void aVillageWithoutTargetIsNotAssessed() {
    Award a = bands.award(0, 0, 0);
    assertThat(a.band()).isNull();
    assertThat(a.subsidy()).isEqualTo(new BigDecimal("0.00"));
    assertThat(a.scoreDelta()).isEqualByComparingTo("0");
    assertThat(Bands.completion(5, 0)).isNull();
  }

  @Test
  void withoutAZeroBandAVillageBelowEveryBandGetsNothingAndNoScoreChange() {
    Bands noFloor = new Bands(SONGGAI.subList(0, 3));
    Award a = noFloor.award(10, 100, 10);
    assertThat(a.band()).isNull();
    assertThat(a.scoreDelta()).isEqualByComparingTo("0");
  }

  @Test
  void sharesMustAddUpToThePerPersonAmountAndEdgesMustDiffer() {
    assertThatThrownBy(() -> new Bands(List.of(band("100", "6", "3", "2", "0.5"))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("镇出资3元与村自筹2元之和应等于6元/人");
    assertThatThrownBy(
            () ->
                new Bands(
                    List.of(band("90", "5", "2.5", "2.5", "0"), band("90.0", "3", "2", "1", "0"))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("不能重复");
    assertThatThrownBy(() -> new Bands(List.of()))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("至少");
  }

  @Test
  void bandsGivenInAnyOrderAreAppliedFromTheHighest() {
    Bands shuffled =
        new Bands(List.of(SONGGAI.get(2), SONGGAI.get(0), SONGGAI.get(3), SONGGAI.get(1)));
    assertThat(shuffled.bandFor(95, 100).minCompletion()).isEqualByComparingTo("90");
    assertThat(shuffled.bands().get(0).minCompletion()).isEqualByComparingTo("100");
  }
}
