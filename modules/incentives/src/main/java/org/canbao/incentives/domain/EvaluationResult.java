package org.canbao.incentives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.canbao.incentives.api.EvaluationLine;

/** One village's frozen year-end result (see {@link EvaluationLine}). */
@Embeddable
public class EvaluationResult {
  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "village_name", nullable = false, length = 60)
  private String villageName;

  private long registered;
  private long target;
  private long insured;

  @Column(precision = 7, scale = 2)
  private BigDecimal completion;

  @Column(name = "band_min", precision = 5, scale = 2)
  private BigDecimal bandMin;

  private long basis;

  @Column(precision = 12, scale = 2)
  private BigDecimal subsidy;

  @Column(name = "town_share", precision = 12, scale = 2)
  private BigDecimal townShare;

  @Column(name = "village_share", precision = 12, scale = 2)
  private BigDecimal villageShare;

  @Column(name = "score_delta", precision = 4, scale = 2)
  private BigDecimal scoreDelta;

  @Column(name = "area_rank")
  private Integer rank;

  @Column(name = "low_income_rate", precision = 7, scale = 2)
  private BigDecimal lowIncomeRate;

  @Column(name = "low_income_met")
  private Boolean lowIncomeMet;

  @Column(name = "poverty_rate", precision = 7, scale = 2)
  private BigDecimal povertyRate;

  @Column(name = "poverty_met")
  private Boolean povertyMet;

  protected EvaluationResult() {}

  public EvaluationResult(EvaluationLine l) {
    this.villageId = l.villageId();
    this.villageName = l.villageName();
    this.registered = l.registered();
    this.target = l.target();
    this.insured = l.insured();
    this.completion = l.completion();
    this.bandMin = l.bandMin();
    this.basis = l.basis();
    this.subsidy = l.subsidy();
    this.townShare = l.townShare();
    this.villageShare = l.villageShare();
    this.scoreDelta = l.scoreDelta();
    this.rank = l.rank();
    this.lowIncomeRate = l.lowIncomeRate();
    this.lowIncomeMet = l.lowIncomeMet();
    this.povertyRate = l.povertyRate();
    this.povertyMet = l.povertyMet();
  }

  public long villageId() {
    return villageId;
  }

  public EvaluationLine view() {
    return new EvaluationLine(
        villageId,
        villageName,
        registered,
        target,
        insured,
        completion,
        bandMin,
        basis,
        subsidy,
        townShare,
        villageShare,
        scoreDelta,
        rank,
        lowIncomeRate,
        lowIncomeMet,
        povertyRate,
        povertyMet);
  }
}
