package org.canbao.web.incentives;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.canbao.incentives.api.Band;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.incentives.api.TargetRounding;

/** The campaign settings as the form edits them (the API's record is immutable). */
public class SettingsForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private CampaignSettingsData loaded;
  private LocalDate baseDate;
  private BigDecimal defaultShare;
  private TargetRounding rounding;
  private BigDecimal lowIncomeRate;
  private BigDecimal povertyRate;
  private List<String> lowIncome = new ArrayList<>();
  private List<String> poverty = new ArrayList<>();
  private BigDecimal greenFrom;
  private BigDecimal yellowFrom;
  private BulletinSchedule schedule;
  private LocalDate campaignStart;
  private LocalDate cutoff;
  private SubsidyBasis basis;
  private final List<BandRow> bands = new ArrayList<>();

  SettingsForm(CampaignSettingsData d) {
    loaded = d;
    baseDate = d.baseDate();
    defaultShare = d.defaultShare();
    rounding = d.rounding();
    lowIncomeRate = d.lowIncomeRate();
    povertyRate = d.povertyRate();
    lowIncome =
        new ArrayList<>(d.lowIncomeCategories() == null ? Set.of() : d.lowIncomeCategories());
    poverty = new ArrayList<>(d.povertyCategories() == null ? Set.of() : d.povertyCategories());
    greenFrom = d.greenFrom();
    yellowFrom = d.yellowFrom();
    schedule = d.schedule();
    campaignStart = d.campaignStart();
    cutoff = d.cutoff();
    basis = d.basis();
    if (d.bands() != null) {
      d.bands().forEach(b -> bands.add(new BandRow(b)));
    }
  }

  CampaignSettingsData data() {
    return new CampaignSettingsData(
        loaded.areaId(),
        loaded.areaName(),
        loaded.year(),
        baseDate,
        defaultShare,
        rounding,
        lowIncomeRate,
        povertyRate,
        new TreeSet<>(lowIncome),
        new TreeSet<>(poverty),
        greenFrom,
        yellowFrom,
        schedule,
        campaignStart,
        cutoff,
        basis,
        bands.stream().map(BandRow::band).toList(),
        null,
        true,
        null);
  }

  public CampaignSettingsData getLoaded() {
    return loaded;
  }

  public void addBand() {
    bands.add(
        new BandRow(
            new Band(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO)));
  }

  public void removeBand(BandRow b) {
    bands.remove(b);
  }

  /** A band as the form edits it. */
  public static class BandRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private BigDecimal min;
    private BigDecimal perPerson;
    private BigDecimal town;
    private BigDecimal village;
    private BigDecimal score;

    BandRow(Band b) {
      min = b.minCompletion();
      perPerson = b.perPerson();
      town = b.townShare();
      village = b.villageShare();
      score = b.scoreDelta();
    }

    Band band() {
      return new Band(min, perPerson, town, village, score);
    }

    public BigDecimal getMin() {
      return min;
    }

    public void setMin(BigDecimal v) {
      min = v;
    }

    public BigDecimal getPerPerson() {
      return perPerson;
    }

    public void setPerPerson(BigDecimal v) {
      perPerson = v;
    }

    public BigDecimal getTown() {
      return town;
    }

    public void setTown(BigDecimal v) {
      town = v;
    }

    public BigDecimal getVillage() {
      return village;
    }

    public void setVillage(BigDecimal v) {
      village = v;
    }

    public BigDecimal getScore() {
      return score;
    }

    public void setScore(BigDecimal v) {
      score = v;
    }
  }

  public List<BandRow> getBands() {
    return bands;
  }

  public LocalDate getBaseDate() {
    return baseDate;
  }

  public void setBaseDate(LocalDate v) {
    baseDate = v;
  }

  public BigDecimal getDefaultShare() {
    return defaultShare;
  }

  public void setDefaultShare(BigDecimal v) {
    defaultShare = v;
  }

  public TargetRounding getRounding() {
    return rounding;
  }

  public void setRounding(TargetRounding v) {
    rounding = v;
  }

  public BigDecimal getLowIncomeRate() {
    return lowIncomeRate;
  }

  public void setLowIncomeRate(BigDecimal v) {
    lowIncomeRate = v;
  }

  public BigDecimal getPovertyRate() {
    return povertyRate;
  }

  public void setPovertyRate(BigDecimal v) {
    povertyRate = v;
  }

  public List<String> getLowIncome() {
    return lowIncome;
  }

  public void setLowIncome(List<String> v) {
    lowIncome = v == null ? new ArrayList<>() : v;
  }

  public List<String> getPoverty() {
    return poverty;
  }

  public void setPoverty(List<String> v) {
    poverty = v == null ? new ArrayList<>() : v;
  }

  public BigDecimal getGreenFrom() {
    return greenFrom;
  }

  public void setGreenFrom(BigDecimal v) {
    greenFrom = v;
  }

  public BigDecimal getYellowFrom() {
    return yellowFrom;
  }

  public void setYellowFrom(BigDecimal v) {
    yellowFrom = v;
  }

  public BulletinSchedule getSchedule() {
    return schedule;
  }

  public void setSchedule(BulletinSchedule v) {
    schedule = v;
  }

  public LocalDate getCampaignStart() {
    return campaignStart;
  }

  public void setCampaignStart(LocalDate v) {
    campaignStart = v;
  }

  public LocalDate getCutoff() {
    return cutoff;
  }

  public void setCutoff(LocalDate v) {
    cutoff = v;
  }

  public SubsidyBasis getBasis() {
    return basis;
  }

  public void setBasis(SubsidyBasis v) {
    basis = v;
  }
}
