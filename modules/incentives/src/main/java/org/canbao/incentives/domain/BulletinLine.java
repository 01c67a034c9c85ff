package org.canbao.incentives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.canbao.incentives.api.Light;
import org.canbao.incentives.api.ProgressLine;

/** One frozen line of a bulletin (see {@link ProgressLine}). */
@Embeddable
public class BulletinLine {
  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "line_level", nullable = false, length = 10)
  private ProgressLine.Level level;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_name", nullable = false, length = 60)
  private String areaName;

  @Column(name = "parent_name", length = 60)
  private String parentName;

  private long registered;
  private long target;
  private long resident;
  private long employee;
  private long outside;

  @Column(name = "low_income")
  private long lowIncome;

  @Column(name = "low_income_insured")
  private long lowIncomeInsured;

  @Column(name = "poverty")
  private long poverty;

  @Column(name = "poverty_insured")
  private long povertyInsured;

  @Column(name = "area_rank")
  private Integer rank;

  @Column(name = "rank_change")
  private Integer rankChange;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6)
  private Light light;

  @Column(name = "low_income_met")
  private Boolean lowIncomeMet;

  @Column(name = "poverty_met")
  private Boolean povertyMet;

  protected BulletinLine() {}

  public BulletinLine(int lineNo, ProgressLine l) {
    this.lineNo = lineNo;
    this.level = l.level();
    this.areaId = l.areaId();
    this.areaName = l.areaName();
    this.parentName = l.parentName();
    this.registered = l.registered();
    this.target = l.target();
    this.resident = l.resident();
    this.employee = l.employee();
    this.outside = l.outside();
    this.lowIncome = l.lowIncome();
    this.lowIncomeInsured = l.lowIncomeInsured();
    this.poverty = l.povertyAlleviated();
    this.povertyInsured = l.povertyAlleviatedInsured();
    this.rank = l.rank();
    this.rankChange = l.rankChange();
    this.light = l.light();
    this.lowIncomeMet = l.lowIncomeMet();
    this.povertyMet = l.povertyMet();
  }

  public int lineNo() {
    return lineNo;
  }

  public ProgressLine view() {
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
        poverty,
        povertyInsured,
        rank,
        rankChange,
        light,
        lowIncomeMet,
        povertyMet);
  }
}
