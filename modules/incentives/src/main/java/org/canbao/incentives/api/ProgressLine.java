package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of progress — a village, a township or the whole area — for an insurance year as of a
 * date: registered people, target, people insured (居民医保 with newborns following their guardian,
 * 职工医保, 区外参保: all count toward the target), completion of the target and of the two sub-targets,
 * rank among its peers (赛马比拼; null without a target), the change since the previous bulletin
 * (positive: moved up), the traffic light, and whether each sub-target is met (低收入人口、脱贫人口参保率 at
 * least the year's rate, e.g. Songgai's 100%, compared exactly; null without such people or without
 * settings). A township's or total line is the sum of its villages.
 */
public record ProgressLine(
    Level level,
    long areaId,
    String areaName,
    String parentName,
    long registered,
    long target,
    long resident,
    long employee,
    long outside,
    long lowIncome,
    long lowIncomeInsured,
    long povertyAlleviated,
    long povertyAlleviatedInsured,
    Integer rank,
    Integer rankChange,
    Light light,
    Boolean lowIncomeMet,
    Boolean povertyMet)
    implements Serializable {

  /** The level of a line. */
  public enum Level {
    TOTAL("合计"),
    TOWNSHIP("乡镇(街道)"),
    VILLAGE("村(社区)");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The same line with another rank and change of rank. */
  public ProgressLine withRank(Integer newRank, Integer newChange) {
    return new ProgressLine(
        level,
        areaId,
        areaName,
        parentName,
        registered,
        target,
        resident,
        employee,
        outside,
        lowIncome,
        lowIncomeInsured,
        povertyAlleviated,
        povertyAlleviatedInsured,
        newRank,
        newChange,
        light,
        lowIncomeMet,
        povertyMet);
  }

  /**
   * A sub-target is met when {@code insured} people are at least {@code requiredPercent} of {@code
   * people}, compared exactly (99.99% is not 100%); null without such people or without a rate.
   */
  public static Boolean met(long insured, long people, BigDecimal requiredPercent) {
    if (requiredPercent == null || people <= 0) {
      return null;
    }
    return BigDecimal.valueOf(insured)
            .multiply(BigDecimal.valueOf(100))
            .compareTo(requiredPercent.multiply(BigDecimal.valueOf(people)))
        >= 0;
  }

  /** "达标", "未达标" or "—", as the tables and exports show a sub-target. */
  public static String metLabel(Boolean met) {
    return met == null ? "—" : met ? "达标" : "未达标";
  }

  public String lowIncomeMetLabel() {
    return metLabel(lowIncomeMet);
  }

  public String povertyMetLabel() {
    return metLabel(povertyMet);
  }

  public long insured() {
    return resident + employee + outside;
  }

  /** People still to insure: registered minus insured. */
  public long uninsured() {
    return Math.max(0, registered - insured());
  }

  /** Completion of the target in percent (two decimals, rounded down), null without a target. */
  public BigDecimal completion() {
    return rate(insured(), target);
  }

  public BigDecimal lowIncomeRate() {
    return rate(lowIncomeInsured, lowIncome);
  }

  public BigDecimal povertyAlleviatedRate() {
    return rate(povertyAlleviatedInsured, povertyAlleviated);
  }

  static BigDecimal rate(long part, long whole) {
    return whole <= 0
        ? null
        : BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
  }
}
