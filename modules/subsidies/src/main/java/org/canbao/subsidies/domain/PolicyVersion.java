package org.canbao.subsidies.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.PolicyStatus;
import org.canbao.subsidies.api.RuleShape;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One version of a region's policy for an insurance year. Drafts are edited; publishing freezes a
 * version for good (a change is a new version), and supersedes the version published before it.
 */
@Entity
@Table(schema = "subsidies", name = "policy_version")
@Audited
public class PolicyVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "region_code", nullable = false, length = 12)
  private String regionCode;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PolicyStatus status = PolicyStatus.DRAFT;

  @Column(name = "centralised_from")
  private LocalDate centralisedFrom;

  @Column(name = "centralised_to")
  private LocalDate centralisedTo;

  @Column(name = "last_payment_date")
  private LocalDate lastPaymentDate;

  @Column(name = "fiscal_cutoff")
  private LocalDate fiscalCutoff;

  @Column(name = "fiscal_subsidy", precision = 10, scale = 2)
  private BigDecimal fiscalSubsidy;

  @Column(name = "published_at")
  private Instant publishedAt;

  /**
   * Standards and rules as text, refreshed on every save: what the audit trail shows of each
   * version.
   */
  @Column(length = 20000)
  private String content;

  @NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "subsidies",
      name = "policy_standard",
      joinColumns = @JoinColumn(name = "policy_id"))
  private List<StandardEntry> standards = new ArrayList<>();

  @NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "subsidies",
      name = "policy_rule",
      joinColumns = @JoinColumn(name = "policy_id"))
  private List<RuleEntry> rules = new ArrayList<>();

  @Version private int version;

  /** A contribution standard row. */
  @Embeddable
  public static class StandardEntry {
    @Enumerated(EnumType.STRING)
    @Column(name = "insured_type", nullable = false, length = 20)
    InsuredType insuredType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Tier tier;

    @Column(nullable = false, precision = 10, scale = 2)
    BigDecimal amount;

    protected StandardEntry() {}

    public StandardEntry(InsuredType insuredType, Tier tier, BigDecimal amount) {
      this.insuredType = insuredType;
      this.tier = tier;
      this.amount = amount;
    }

    public InsuredType insuredType() {
      return insuredType;
    }

    public Tier tier() {
      return tier;
    }

    public BigDecimal amount() {
      return amount;
    }
  }

  /** A subsidy rule row. */
  @Embeddable
  public static class RuleEntry {
    @Column(name = "category_code", nullable = false, length = 40)
    String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    RuleShape shape;

    @Column(name = "rule_value", precision = 10, scale = 2)
    BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 30)
    FundingSource fundingSource;

    @Column(name = "funding_department", length = 60)
    String fundingDepartment;

    protected RuleEntry() {}

    public RuleEntry(SubsidyRule r) {
      this.categoryCode = r.categoryCode();
      this.tier = r.tier();
      this.shape = r.shape();
      this.value = r.value();
      this.fundingSource = r.fundingSource();
      this.fundingDepartment = r.fundingDepartment();
    }

    public SubsidyRule rule() {
      return new SubsidyRule(categoryCode, tier, shape, value, fundingSource, fundingDepartment);
    }
  }

  protected PolicyVersion() {}

  public PolicyVersion(String regionCode, int year, int versionNo) {
    InsuranceYear.of(year);
    if (regionCode == null || !regionCode.matches("\\d{6}")) {
      throw new BusinessException("regionCode", "政策须属于市或区县（6位区划代码）");
    }
    this.regionCode = regionCode;
    this.year = year;
    this.versionNo = versionNo;
  }

  /** Replaces the draft's contents; a published version refuses. */
  public void edit(
      LocalDate centralisedFrom,
      LocalDate centralisedTo,
      LocalDate lastPaymentDate,
      LocalDate fiscalCutoff,
      BigDecimal fiscalSubsidy,
      List<StandardEntry> standards,
      List<SubsidyRule> rules) {
    requireDraft();
    this.centralisedFrom = centralisedFrom;
    this.centralisedTo = centralisedTo;
    this.lastPaymentDate = lastPaymentDate;
    this.fiscalCutoff = fiscalCutoff;
    this.fiscalSubsidy = fiscalSubsidy;
    this.standards.clear();
    this.standards.addAll(standards);
    this.rules.clear();
    rules.forEach(r -> this.rules.add(new RuleEntry(r)));
    StringBuilder text = new StringBuilder();
    standards.forEach(
        s ->
            text.append(s.insuredType)
                .append(' ')
                .append(s.tier)
                .append(' ')
                .append(s.amount)
                .append('\n'));
    rules.forEach(
        r ->
            text.append(r.categoryCode())
                .append(' ')
                .append(r.tier())
                .append(' ')
                .append(r.shape())
                .append(' ')
                .append(r.value())
                .append(' ')
                .append(r.fundingSource())
                .append(' ')
                .append(r.fundingDepartment())
                .append('\n'));
    this.content = text.length() > 20000 ? text.substring(0, 20000) : text.toString();
  }

  public void publish(Instant at) {
    requireDraft();
    status = PolicyStatus.PUBLISHED;
    publishedAt = at;
  }

  public void supersede() {
    if (status == PolicyStatus.PUBLISHED) {
      status = PolicyStatus.SUPERSEDED;
    }
  }

  private void requireDraft() {
    if (status != PolicyStatus.DRAFT) {
      throw new BusinessException("status", "已发布的政策不能修改，请复制为新版本后修改");
    }
  }

  /** The terms the engine prices with. */
  public PolicyTerms terms() {
    Map<InsuredType, Map<Tier, Money>> map = new EnumMap<>(InsuredType.class);
    for (StandardEntry s : standards) {
      map.computeIfAbsent(s.insuredType, t -> new EnumMap<>(Tier.class))
          .put(s.tier, new Money(s.amount));
    }
    return new PolicyTerms(
        InsuranceYear.of(year),
        map,
        centralisedFrom,
        centralisedTo,
        lastPaymentDate,
        fiscalCutoff,
        fiscalSubsidy == null ? Money.ZERO : new Money(fiscalSubsidy),
        rules.stream().map(RuleEntry::rule).toList());
  }

  public Long id() {
    return id;
  }

  public String regionCode() {
    return regionCode;
  }

  public int year() {
    return year;
  }

  public int versionNo() {
    return versionNo;
  }

  public PolicyStatus status() {
    return status;
  }

  public LocalDate centralisedFrom() {
    return centralisedFrom;
  }

  public LocalDate centralisedTo() {
    return centralisedTo;
  }

  public LocalDate lastPaymentDate() {
    return lastPaymentDate;
  }

  public LocalDate fiscalCutoff() {
    return fiscalCutoff;
  }

  public BigDecimal fiscalSubsidy() {
    return fiscalSubsidy;
  }

  public List<StandardEntry> standards() {
    return List.copyOf(standards);
  }

  public List<SubsidyRule> rules() {
    return rules.stream().map(RuleEntry::rule).toList();
  }
}
