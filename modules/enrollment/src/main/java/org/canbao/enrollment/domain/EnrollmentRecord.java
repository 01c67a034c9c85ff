package org.canbao.enrollment.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;
import org.hibernate.envers.Audited;

/**
 * A person's enrollment for a year. For a resident payment the price is frozen when it is recorded
 * ("按参保缴费时就高身份确定，享受资助参保后人员身份发生变化的，不再进行差额资助"): nothing here is ever recomputed. A mistake is
 * corrected by {@link #reverse reversing} the record and recording anew. A newborn following its
 * guardian has no price of its own: it refers to the guardian.
 */
@Entity
@Table(schema = "enrollment", name = "enrollment_record")
@Audited
public class EnrollmentRecord {
  /** The price and period frozen at payment. */
  public record Frozen(
      BigDecimal contribution,
      BigDecimal subsidy,
      BigDecimal individual,
      String categoryCode,
      FundingSource fundingSource,
      String fundingDepartment,
      LocalDate benefitStart,
      LocalDate benefitEnd,
      long policyId) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EnrollmentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "insured_type", length = 20)
  private InsuredType insuredType;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Tier tier;

  @Column(name = "payment_date")
  private LocalDate paymentDate;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private PaymentChannel channel;

  private BigDecimal contribution;
  private BigDecimal subsidy;
  private BigDecimal individual;

  @Column(name = "category_code", length = 40)
  private String categoryCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_source", length = 30)
  private FundingSource fundingSource;

  @Column(name = "funding_department", length = 60)
  private String fundingDepartment;

  @Column(name = "benefit_start")
  private LocalDate benefitStart;

  @Column(name = "benefit_end")
  private LocalDate benefitEnd;

  @Column(name = "policy_id")
  private Long policyId;

  @Column(length = 300)
  private String evidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RecordStatus status = RecordStatus.ACTIVE;

  @Column(name = "reversal_reason", length = 300)
  private String reversalReason;

  /**
   * The day employee insurance stopped (停保); the record is then {@code STOPPED} and insures no
   * more.
   */
  @Column(name = "stopped_on")
  private LocalDate stoppedOn;

  @Column(name = "stop_reason", length = 300)
  private String stopReason;

  @Column(name = "replaces_id")
  private Long replacesId;

  /** The guardian a newborn follows ({@link EnrollmentKind#FOLLOWS_GUARDIAN} only). */
  @Column(name = "guardian_person_id")
  private Long guardianPersonId;

  /** The payment list (import batch) that recorded this payment; null when registered on screen. */
  @Column(name = "batch_id")
  private Long batchId;

  @Column(name = "recorded_by", nullable = false, length = 40)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private int version;

  protected EnrollmentRecord() {}

  public static EnrollmentRecord payment(
      long personId,
      int year,
      InsuredType type,
      Tier tier,
      LocalDate paid,
      PaymentChannel channel,
      Frozen price,
      String by,
      Long replacesId) {
    if (channel == null) {
      throw new BusinessException("channel", "请选择缴费方式");
    }
    EnrollmentRecord r = new EnrollmentRecord();
    r.personId = personId;
    r.year = year;
    r.kind = EnrollmentKind.RESIDENT_PAYMENT;
    r.insuredType = type;
    r.tier = tier;
    r.paymentDate = paid;
    r.channel = channel;
    r.contribution = price.contribution();
    r.subsidy = price.subsidy();
    r.individual = price.individual();
    r.categoryCode = price.categoryCode();
    r.fundingSource = price.fundingSource();
    r.fundingDepartment = price.fundingDepartment();
    r.benefitStart = price.benefitStart();
    r.benefitEnd = price.benefitEnd();
    r.policyId = price.policyId();
    r.recordedBy = by;
    r.recordedAt = Instant.now();
    r.replacesId = replacesId;
    return r;
  }

  public static EnrollmentRecord otherInsurance(
      long personId, int year, EnrollmentKind kind, String evidence, String by) {
    if (kind == null || kind == EnrollmentKind.RESIDENT_PAYMENT) {
      throw new BusinessException("kind", "请选择职工医保或市外/区外参保");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new BusinessException("evidence", "请填写参保依据（如缴费发票、参保证明编号或查询记录）");
    }
    EnrollmentRecord r = new EnrollmentRecord();
    r.personId = personId;
    r.year = year;
    r.kind = kind;
    r.evidence = evidence.strip();
    r.recordedBy = by;
    r.recordedAt = Instant.now();
    return r;
  }

  /**
   * A newborn of the year following its guardian, who paid that year ("自出生之日起自动随法定监护人参保"). Nothing
   * is paid and nothing subsidised, so the amounts, category, fund and policy stay empty (null, as
   * for other insured states, not zero: sums of contributions and subsidies must not count the
   * newborn as a payer); insured type and tier stay empty too, the guardian's record tells them.
   */
  public static EnrollmentRecord followingGuardian(
      long personId,
      int year,
      long guardianPersonId,
      BenefitPeriod period,
      String by,
      Long replacesId) {
    if (guardianPersonId == personId) {
      throw new BusinessException("guardianIdNumber", "监护人不能是新生儿本人");
    }
    EnrollmentRecord r = new EnrollmentRecord();
    r.personId = personId;
    r.year = year;
    r.kind = EnrollmentKind.FOLLOWS_GUARDIAN;
    r.guardianPersonId = guardianPersonId;
    r.benefitStart = period.start();
    r.benefitEnd = period.end();
    r.recordedBy = by;
    r.recordedAt = Instant.now();
    r.replacesId = replacesId;
    return r;
  }

  /**
   * A correction: the record never insured. An active record, or a stopped one (a stop recorded on
   * the wrong record is corrected by reversing it and recording the insurance anew).
   */
  public void reverse(String reason) {
    if (reversed()) {
      throw new BusinessException("status", "该记录已冲销");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("reason", "冲销必须填写原因");
    }
    status = RecordStatus.REVERSED;
    reversalReason = reason.strip();
  }

  /**
   * Employee insurance stopped (职工医保停保) on {@code on}, for {@code reason} (left the job, retired,
   * the employer stopped paying…): from then on the record insures no more, so the monthly lapse
   * check finds the person and a resident payment can be recorded for the year. Only an active
   * employee-insurance record; the day lies inside its insurance year and not after {@code today}.
   */
  public void stop(LocalDate on, String reason, LocalDate today) {
    if (kind != EnrollmentKind.EMPLOYEE_INSURANCE) {
      throw new BusinessException("kind", "只有职工医保记录可以登记停保（本记录为" + kind.label() + "，如有错误请冲销）");
    }
    if (reversed()) {
      throw new BusinessException("status", "该记录已冲销，不能登记停保");
    }
    if (stopped()) {
      throw new BusinessException("status", "该职工医保已于" + stoppedOn + "停保");
    }
    if (on == null) {
      throw new BusinessException("stoppedOn", "请填写停保日期");
    }
    if (on.isAfter(today)) {
      throw new BusinessException("stoppedOn", "停保日期" + on + "晚于今天（" + today + "），不能预先登记停保");
    }
    if (on.getYear() < year) {
      throw new BusinessException(
          "stoppedOn", "停保日期" + on + "早于" + year + "年1月1日：" + year + "年度的职工医保不能在该年度开始前停保");
    }
    if (on.getYear() > year) {
      throw new BusinessException(
          "stoppedOn", "停保日期" + on + "晚于" + year + "年12月31日：" + year + "年度结束后的停保请登记在下一年度的职工医保记录上");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("stopReason", "请填写停保原因（如离职、退休、单位停缴）");
    }
    if (reason.strip().length() > 300) {
      throw new BusinessException("stopReason", "停保原因不能超过300字");
    }
    status = RecordStatus.STOPPED;
    stoppedOn = on;
    stopReason = reason.strip();
  }

  /**
   * Why a person cannot get another record for {@code year}: the database holds one active record
   * per person and year (a unique index, on H2 and PostgreSQL alike); {@code existing} describes
   * the one held.
   */
  public static String alreadyInsured(int year, String existing) {
    return year + "年度已有参保记录（" + existing + "），如需更正请先冲销原记录";
  }

  /** Whether the record insures now (a stopped or reversed one does not). */
  public boolean active() {
    return status == RecordStatus.ACTIVE;
  }

  public boolean reversed() {
    return status == RecordStatus.REVERSED;
  }

  public boolean stopped() {
    return status == RecordStatus.STOPPED;
  }

  public LocalDate stoppedOn() {
    return stoppedOn;
  }

  public String stopReason() {
    return stopReason;
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public int year() {
    return year;
  }

  public EnrollmentKind kind() {
    return kind;
  }

  public InsuredType insuredType() {
    return insuredType;
  }

  public Tier tier() {
    return tier;
  }

  public LocalDate paymentDate() {
    return paymentDate;
  }

  public PaymentChannel channel() {
    return channel;
  }

  public BigDecimal contribution() {
    return contribution;
  }

  public BigDecimal subsidy() {
    return subsidy;
  }

  public BigDecimal individual() {
    return individual;
  }

  public String categoryCode() {
    return categoryCode;
  }

  public FundingSource fundingSource() {
    return fundingSource;
  }

  public String fundingDepartment() {
    return fundingDepartment;
  }

  public LocalDate benefitStart() {
    return benefitStart;
  }

  public LocalDate benefitEnd() {
    return benefitEnd;
  }

  public Long policyId() {
    return policyId;
  }

  public String evidence() {
    return evidence;
  }

  public String reversalReason() {
    return reversalReason;
  }

  public Long replacesId() {
    return replacesId;
  }

  public Long batchId() {
    return batchId;
  }

  public Long guardianPersonId() {
    return guardianPersonId;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
