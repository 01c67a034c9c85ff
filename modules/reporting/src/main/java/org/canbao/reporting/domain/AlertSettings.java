package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.api.AlertState;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A district's return-to-poverty monitoring parameters of one year (usually a district's; the
 * city's apply where a district has none): the alert lines ({@link AlertLines}) and the days each
 * step of an alert may take before it is overdue. Everything here changes from year to year and is
 * entered on screen by the district bureau; every change is audited.
 */
@Entity
@Table(schema = "reporting", name = "alert_settings")
@Audited
public class AlertSettings {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @NotAudited
  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(name = "monitoring_year", nullable = false)
  private int year;

  @Column(name = "monitoring_standard", nullable = false, precision = 12, scale = 2)
  private BigDecimal monitoringStandard;

  @Column(name = "low_income_multiple", nullable = false, precision = 6, scale = 2)
  private BigDecimal lowIncomeMultiple;

  @Column(name = "low_income_categories", nullable = false, length = 500)
  private String lowIncomeCategories;

  @Column(name = "stable_multiple", nullable = false, precision = 6, scale = 2)
  private BigDecimal stableMultiple;

  @Column(name = "stable_categories", nullable = false, length = 500)
  private String stableCategories;

  @Column(name = "ordinary_line", nullable = false, precision = 12, scale = 2)
  private BigDecimal ordinaryLine;

  @Column(length = 300)
  private String basis;

  @Column(name = "push_days", nullable = false)
  private int pushDays;

  @Column(name = "verify_days", nullable = false)
  private int verifyDays;

  @Column(name = "request_days", nullable = false)
  private int requestDays;

  @Column(name = "answer_days", nullable = false)
  private int answerDays;

  @Column(name = "close_days", nullable = false)
  private int closeDays;

  @Version private int version;

  protected AlertSettings() {}

  public AlertSettings(long areaId, String areaPath, int year) {
    if (year < 2000 || year > 2100) {
      throw new BusinessException("year", "监测年度须在2000至2100年之间");
    }
    this.areaId = areaId;
    this.areaPath = areaPath;
    this.year = year;
  }

  /** Everything at once, checked: the screen and the API send the whole settings. */
  public void change(AlertLinesData d) {
    amount("monitoringStandard", "监测标准", d.monitoringStandard(), new BigDecimal("9999999999"));
    amount("lowIncomeMultiple", "低收入人口预警线倍数", d.lowIncomeMultiple(), new BigDecimal("100"));
    amount("stableMultiple", "稳定脱贫人口预警线倍数", d.stableMultiple(), new BigDecimal("100"));
    amount("ordinaryLine", "普通居民预警线", d.ordinaryLine(), new BigDecimal("9999999999"));
    Set<String> low = codes("lowIncomeCategories", "低收入人口", d.lowIncomeCategories());
    Set<String> stable = codes("stableCategories", "稳定脱贫人口", d.stableCategories());
    Set<String> both = new HashSet<>(low);
    both.retainAll(stable);
    if (!both.isEmpty()) {
      throw new BusinessException(
          "stableCategories",
          "身份类别" + String.join("、", new TreeSet<>(both)) + "不能同时属于低收入人口和稳定脱贫人口");
    }
    days("pushDays", "推送", d.pushDays());
    days("verifyDays", "核实", d.verifyDays());
    days("requestDays", "申请帮扶", d.requestDays());
    days("answerDays", "部门反馈", d.answerDays());
    days("closeDays", "办结", d.closeDays());
    if (d.basis() != null && d.basis().strip().length() > 300) {
      throw new BusinessException("basis", "依据说明不能超过300字");
    }
    this.monitoringStandard = d.monitoringStandard();
    this.lowIncomeMultiple = d.lowIncomeMultiple();
    this.lowIncomeCategories = String.join(",", new TreeSet<>(low));
    this.stableMultiple = d.stableMultiple();
    this.stableCategories = String.join(",", new TreeSet<>(stable));
    this.ordinaryLine = d.ordinaryLine();
    this.basis = d.basis() == null || d.basis().isBlank() ? null : d.basis().strip();
    this.pushDays = d.pushDays();
    this.verifyDays = d.verifyDays();
    this.requestDays = d.requestDays();
    this.answerDays = d.answerDays();
    this.closeDays = d.closeDays();
  }

  private static void amount(String field, String label, BigDecimal value, BigDecimal max) {
    if (value == null || value.signum() <= 0) {
      throw new BusinessException(field, label + "须大于0");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new BusinessException(field, label + "最多两位小数");
    }
    if (value.compareTo(max) > 0) {
      throw new BusinessException(field, label + "不能超过" + max.toPlainString());
    }
  }

  private static Set<String> codes(String field, String group, Set<String> codes) {
    Set<String> clean = new TreeSet<>();
    if (codes != null) {
      codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(clean::add);
    }
    if (clean.isEmpty()) {
      throw new BusinessException(field, "请选择" + group + "包含的身份类别");
    }
    return clean;
  }

  private static void days(String field, String step, int days) {
    if (days < 1 || days > 365) {
      throw new BusinessException(field, step + "时限须为1至365天");
    }
  }

  /** The lines these settings draw. */
  public AlertLines lines() {
    return new AlertLines(
        monitoringStandard,
        lowIncomeMultiple,
        lowIncomeCategories(),
        stableMultiple,
        stableCategories(),
        ordinaryLine);
  }

  /** The days a step may take, by the state the alert is in while it waits for that step. */
  public int daysFor(AlertState waiting) {
    return switch (waiting) {
      case NEW -> pushDays;
      case PUSHED -> verifyDays;
      case VERIFIED -> requestDays;
      case HELP_REQUESTED -> answerDays;
      case ANSWERED -> closeDays;
      case CLOSED -> 0;
    };
  }

  public Long id() {
    return id;
  }

  public long areaId() {
    return areaId;
  }

  public int year() {
    return year;
  }

  public BigDecimal monitoringStandard() {
    return monitoringStandard;
  }

  public BigDecimal lowIncomeMultiple() {
    return lowIncomeMultiple;
  }

  public Set<String> lowIncomeCategories() {
    return split(lowIncomeCategories);
  }

  public BigDecimal stableMultiple() {
    return stableMultiple;
  }

  public Set<String> stableCategories() {
    return split(stableCategories);
  }

  public BigDecimal ordinaryLine() {
    return ordinaryLine;
  }

  public String basis() {
    return basis;
  }

  public int pushDays() {
    return pushDays;
  }

  public int verifyDays() {
    return verifyDays;
  }

  public int requestDays() {
    return requestDays;
  }

  public int answerDays() {
    return answerDays;
  }

  public int closeDays() {
    return closeDays;
  }

  private static Set<String> split(String codes) {
    return codes == null || codes.isBlank()
        ? Set.of()
        : new TreeSet<>(Arrays.asList(codes.split(",")));
  }
}
