package org.canbao.incentives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.canbao.incentives.api.Band;
import org.canbao.incentives.api.BulletinSchedule;
import org.canbao.incentives.api.SubsidyBasis;
import org.canbao.incentives.api.TargetRounding;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;

/**
 * A campaign's yearly settings for a district (or a township that sets its own): the default target
 * rule and base date, the sub-targets and which identity categories they cover, the scorecard's
 * thresholds, the bulletin schedule, and the year-end bands with their cut-off date and basis. All
 * of it is data the district edits each year (Songgai 2023's figures are the demo's).
 */
@Entity
@Table(schema = "incentives", name = "campaign_settings")
@Audited
public class CampaignSettings {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "base_date", nullable = false)
  private LocalDate baseDate;

  @Column(name = "default_share", nullable = false, precision = 5, scale = 2)
  private BigDecimal defaultShare;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TargetRounding rounding;

  @Column(name = "low_income_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal lowIncomeRate;

  @Column(name = "poverty_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal povertyRate;

  @Column(name = "low_income_categories", nullable = false, length = 500)
  private String lowIncomeCategories;

  @Column(name = "poverty_categories", nullable = false, length = 500)
  private String povertyCategories;

  @Column(name = "green_from", nullable = false, precision = 5, scale = 2)
  private BigDecimal greenFrom;

  @Column(name = "yellow_from", nullable = false, precision = 5, scale = 2)
  private BigDecimal yellowFrom;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BulletinSchedule schedule;

  @Column(name = "campaign_start")
  private LocalDate campaignStart;

  @Column(nullable = false)
  private LocalDate cutoff;

  @Enumerated(EnumType.STRING)
  @Column(name = "subsidy_basis", nullable = false, length = 20)
  private SubsidyBasis basis;

  /**
   * The bands as text ("100|6|3|3|0.5;90|5|2.5|2.5|0;…"): one audited value, as the notice lists
   * them.
   */
  @Column(nullable = false, length = 1000)
  private String bands;

  @Version private int version;

  protected CampaignSettings() {}

  public CampaignSettings(long areaId, String areaPath, int year) {
    this.areaId = areaId;
    this.areaPath = areaPath;
    this.year = year;
  }

  /** Everything at once, checked: the screen and the API send the whole settings. */
  public void change(
      LocalDate baseDate,
      BigDecimal defaultShare,
      TargetRounding rounding,
      BigDecimal lowIncomeRate,
      BigDecimal povertyRate,
      Set<String> lowIncomeCategories,
      Set<String> povertyCategories,
      BigDecimal greenFrom,
      BigDecimal yellowFrom,
      BulletinSchedule schedule,
      LocalDate campaignStart,
      LocalDate cutoff,
      SubsidyBasis basis,
      List<Band> bands) {
    if (baseDate == null || cutoff == null) {
      throw new BusinessException("baseDate", "基准日期和考核截止日期都须填写");
    }
    new TargetRule(defaultShare, rounding);
    new Bands(bands);
    percent("lowIncomeRate", "低收入人口子目标", lowIncomeRate);
    percent("povertyRate", "脱贫人口子目标", povertyRate);
    percent("greenFrom", "绿灯线", greenFrom);
    percent("yellowFrom", "黄灯线", yellowFrom);
    if (yellowFrom.compareTo(greenFrom) > 0) {
      throw new BusinessException("yellowFrom", "黄灯线不能高于绿灯线");
    }
    if (campaignStart != null && campaignStart.isAfter(cutoff)) {
      throw new BusinessException("campaignStart", "筹资开始日期不能晚于考核截止日期");
    }
    this.baseDate = baseDate;
    this.defaultShare = defaultShare;
    this.rounding = rounding;
    this.lowIncomeRate = lowIncomeRate;
    this.povertyRate = povertyRate;
    this.lowIncomeCategories =
        String.join(
            ",", new TreeSet<>(lowIncomeCategories == null ? Set.of() : lowIncomeCategories));
    this.povertyCategories =
        String.join(",", new TreeSet<>(povertyCategories == null ? Set.of() : povertyCategories));
    this.greenFrom = greenFrom;
    this.yellowFrom = yellowFrom;
    this.schedule = schedule == null ? BulletinSchedule.NONE : schedule;
    this.campaignStart = campaignStart;
    this.cutoff = cutoff;
    this.basis = basis == null ? SubsidyBasis.INSURED : basis;
    this.bands =
        bands.stream()
            .map(
                b ->
                    String.join(
                        "|",
                        b.minCompletion().toPlainString(),
                        b.perPerson().toPlainString(),
                        b.townShare().toPlainString(),
                        b.villageShare().toPlainString(),
                        b.scoreDelta().toPlainString()))
            .collect(Collectors.joining(";"));
  }

  private static void percent(String field, String what, BigDecimal v) {
    if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessException(field, what + "应在0到100之间");
    }
  }

  public List<Band> bands() {
    List<Band> list = new ArrayList<>();
    for (String b : bands.split(";")) {
      String[] p = b.split("\\|");
      list.add(
          new Band(
              new BigDecimal(p[0]),
              new BigDecimal(p[1]),
              new BigDecimal(p[2]),
              new BigDecimal(p[3]),
              new BigDecimal(p[4])));
    }
    return list;
  }

  private static Set<String> codes(String text) {
    return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
  }

  public TargetRule targetRule() {
    return new TargetRule(defaultShare, rounding);
  }

  public Scorecard scorecard() {
    return new Scorecard(greenFrom, yellowFrom);
  }

  public Long id() {
    return id;
  }

  public long areaId() {
    return areaId;
  }

  public String areaPath() {
    return areaPath;
  }

  public int year() {
    return year;
  }

  public LocalDate baseDate() {
    return baseDate;
  }

  public BigDecimal defaultShare() {
    return defaultShare;
  }

  public TargetRounding rounding() {
    return rounding;
  }

  public BigDecimal lowIncomeRate() {
    return lowIncomeRate;
  }

  public BigDecimal povertyRate() {
    return povertyRate;
  }

  public Set<String> lowIncomeCategories() {
    return codes(lowIncomeCategories);
  }

  public Set<String> povertyCategories() {
    return codes(povertyCategories);
  }

  public BigDecimal greenFrom() {
    return greenFrom;
  }

  public BigDecimal yellowFrom() {
    return yellowFrom;
  }

  public BulletinSchedule schedule() {
    return schedule;
  }

  public LocalDate campaignStart() {
    return campaignStart;
  }

  public LocalDate cutoff() {
    return cutoff;
  }

  public SubsidyBasis basis() {
    return basis;
  }
}
