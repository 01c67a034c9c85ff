package org.canbao.incentives.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.canbao.incentives.api.Band;
import org.canbao.kernel.api.BusinessException;

/**
 * The year-end bands (Songgai 2023 §三(一)): "完成目标任务100%的村（居）按6元／人给予工作经费补贴（镇出资3元／人，村自筹3
 * 元／人），目标考核加0.5分；完成目标任务90%以上……5元/人（2.5+2.5），不扣分；完成目标任务80%以上……3元/人（2+1），不扣分；
 * 完成目标任务80%以下的村（居）不给工作经费补贴，目标考核扣0.5分".
 *
 * <p>Band edges are inclusive as the notice words them: "完成目标任务100%" is 100% or more, "90%以上" is
 * 90% or more. Completion is compared exactly (insured × 100 ≥ edge × target), never after rounding
 * a percentage, so 89.995% is not 90%. A village without a target (no registered people) is not
 * assessed: no subsidy, no score change. A band needs both shares to add up to the per-person
 * amount.
 */
public final class Bands {
  private final List<Band> bands;

  public Bands(List<Band> bands) {
    if (bands == null || bands.isEmpty()) {
      throw new BusinessException("bands", "请至少设置一个考核档次");
    }
    for (Band b : bands) {
      if (b.minCompletion() == null
          || b.perPerson() == null
          || b.townShare() == null
          || b.villageShare() == null
          || b.scoreDelta() == null) {
        throw new BusinessException("bands", "考核档次的完成率、补贴、分担和加减分都须填写");
      }
      if (b.townShare().add(b.villageShare()).compareTo(b.perPerson()) != 0) {
        throw new BusinessException(
            "bands",
            "完成"
                + b.minCompletion().stripTrailingZeros().toPlainString()
                + "%档：镇出资"
                + b.townShare().toPlainString()
                + "元与村自筹"
                + b.villageShare().toPlainString()
                + "元之和应等于"
                + b.perPerson().toPlainString()
                + "元/人");
      }
    }
    if (bands.stream().map(b -> b.minCompletion().stripTrailingZeros()).distinct().count()
        != bands.size()) {
      throw new BusinessException("bands", "考核档次的完成率不能重复");
    }
    this.bands =
        bands.stream().sorted(Comparator.comparing(Band::minCompletion).reversed()).toList();
  }

  public List<Band> bands() {
    return bands;
  }

  /**
   * The band reached with {@code insured} people counted against {@code target}; null without a
   * target or below every band.
   */
  public Band bandFor(long insured, long target) {
    if (target <= 0) {
      return null;
    }
    BigDecimal achieved = BigDecimal.valueOf(insured).multiply(BigDecimal.valueOf(100));
    return bands.stream()
        .filter(
            b -> achieved.compareTo(b.minCompletion().multiply(BigDecimal.valueOf(target))) >= 0)
        .findFirst()
        .orElse(null);
  }

  /** The award: per-person amounts times {@code basis} people, and the band's score change. */
  public Award award(long insured, long target, long basis) {
    Band b = bandFor(insured, target);
    if (b == null) {
      return Award.NOT_ASSESSED;
    }
    BigDecimal people = BigDecimal.valueOf(basis);
    return new Award(
        b,
        money(b.perPerson().multiply(people)),
        money(b.townShare().multiply(people)),
        money(b.villageShare().multiply(people)),
        b.scoreDelta());
  }

  /** Completion in percent for display, two decimals, never rounded up across a band edge. */
  public static BigDecimal completion(long insured, long target) {
    if (target <= 0) {
      return null;
    }
    return BigDecimal.valueOf(insured)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(target), 2, RoundingMode.DOWN);
  }

  private static BigDecimal money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }
}
