package org.canbao.web.subsidies;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.PolicyData;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.PolicyStatus;
import org.canbao.subsidies.api.RuleShape;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Policy versions: pick one, edit a draft (periods, standards, one rule per category and tier),
 * validate, publish; copy a version to another year as a new draft.
 */
@Named
@ViewScoped
public class PolicyEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PolicyFacade policies;
  @Inject CategoryFacade categories;
  @Inject RegionDirectory regions;

  /** An editable row of the standards table. */
  public static class StandardRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public InsuredType insuredType;
    public Tier tier;
    public BigDecimal amount;

    public InsuredType getInsuredType() {
      return insuredType;
    }

    public Tier getTier() {
      return tier;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  /** An editable row of the rules table. */
  public static class RuleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    public String categoryCode;
    public String categoryName;
    public Tier tier;
    public RuleShape shape;
    public BigDecimal value;
    public FundingSource fundingSource;
    public String fundingDepartment;

    public String getCategoryCode() {
      return categoryCode;
    }

    public String getCategoryName() {
      return categoryName;
    }

    public Tier getTier() {
      return tier;
    }

    public RuleShape getShape() {
      return shape;
    }

    public void setShape(RuleShape shape) {
      this.shape = shape;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }

    public FundingSource getFundingSource() {
      return fundingSource;
    }

    public void setFundingSource(FundingSource fundingSource) {
      this.fundingSource = fundingSource;
    }

    public String getFundingDepartment() {
      return fundingDepartment;
    }

    public void setFundingDepartment(String fundingDepartment) {
      this.fundingDepartment = fundingDepartment;
    }
  }

  private List<PolicyData> versions;
  private PolicyData selected;
  private LocalDate centralisedFrom;
  private LocalDate centralisedTo;
  private LocalDate lastPaymentDate;
  private LocalDate fiscalCutoff;
  private BigDecimal fiscalSubsidy;
  private List<StandardRow> standards = new ArrayList<>();
  private List<RuleRow> rules = new ArrayList<>();
  private List<String> problems = List.of();
  private int copyYear = LocalDate.now().getYear() + 1;

  @PostConstruct
  void init() {
    versions = policies.list();
    if (!versions.isEmpty()) {
      open(versions.get(0));
    }
  }

  public void open(PolicyData p) {
    selected = policies.get(p.id());
    centralisedFrom = selected.centralisedFrom();
    centralisedTo = selected.centralisedTo();
    lastPaymentDate = selected.lastPaymentDate();
    fiscalCutoff = selected.fiscalCutoff();
    fiscalSubsidy = selected.fiscalSubsidyPerPerson();
    standards = new ArrayList<>();
    for (InsuredType t : InsuredType.values()) {
      for (Tier tier : Tier.values()) {
        StandardRow row = new StandardRow();
        row.insuredType = t;
        row.tier = tier;
        row.amount =
            selected.standards().stream()
                .filter(s -> s.insuredType() == t && s.tier() == tier)
                .map(PolicyData.Standard::amount)
                .findFirst()
                .orElse(null);
        standards.add(row);
      }
    }
    Map<String, PolicyData.Rule> byKey =
        selected.rules().stream()
            .collect(Collectors.toMap(r -> r.categoryCode() + "|" + r.tier(), r -> r, (a, b) -> a));
    rules = new ArrayList<>();
    for (CategoryView c : categories.list(false)) {
      for (Tier tier : Tier.values()) {
        PolicyData.Rule r = byKey.get(c.code() + "|" + tier);
        RuleRow row = new RuleRow();
        row.categoryCode = c.code();
        row.categoryName = c.name();
        row.tier = tier;
        if (r != null) {
          row.shape = r.shape();
          row.value = r.value();
          row.fundingSource = r.fundingSource();
          row.fundingDepartment = r.fundingDepartment();
        }
        rules.add(row);
      }
    }
    problems = policies.validate(selected.id());
  }

  public void save() {
    List<PolicyData.Standard> s =
        standards.stream()
            .filter(r -> r.amount != null)
            .map(r -> new PolicyData.Standard(r.insuredType, r.tier, r.amount))
            .toList();
    List<PolicyData.Rule> r =
        rules.stream()
            .filter(x -> x.shape != null)
            .map(
                x ->
                    new PolicyData.Rule(
                        x.categoryCode,
                        x.tier,
                        x.shape,
                        x.value,
                        x.fundingSource,
                        x.fundingDepartment))
            .toList();
    selected =
        policies.saveDraft(
            new PolicyData(
                selected.id(),
                selected.regionCode(),
                selected.year(),
                selected.status(),
                selected.versionNo(),
                centralisedFrom,
                centralisedTo,
                lastPaymentDate,
                fiscalCutoff,
                fiscalSubsidy,
                s,
                r));
    Pages.info("草稿已保存");
    versions = policies.list();
    open(selected);
  }

  public void publish() {
    selected = policies.publish(selected.id());
    Pages.info(selected.year() + "年度政策（第" + selected.versionNo() + "版）已发布");
    versions = policies.list();
    open(selected);
  }

  public void copy() {
    PolicyData draft = policies.copyToYear(selected.id(), copyYear);
    Pages.info("已复制为" + copyYear + "年度草稿（第" + draft.versionNo() + "版）");
    versions = policies.list();
    open(draft);
  }

  public StreamedContent getSonggaiSheet() {
    byte[] bytes = policies.exportSonggaiLayout(selected.id());
    return DefaultStreamedContent.builder()
        .name(selected.year() + "年居民医保缴费资助标准.xlsx")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public void uploadSheet(FileUploadEvent event) throws IOException {
    selected =
        policies.importSonggaiLayout(
            selected.id(), event.getFile().getFileName(), event.getFile().getInputStream());
    Pages.info("已按附件格式导入资助规则");
    open(selected);
  }

  /** The policy's region by name: 重庆市（全市默认） or the district. */
  public String regionName(String code) {
    if (PolicyData.CITY_CODE.equals(code)) {
      return "重庆市（全市默认）";
    }
    return regions.byCode(code).map(RegionRef::name).orElse(code);
  }

  public boolean isDraft() {
    return selected != null && selected.status() == PolicyStatus.DRAFT;
  }

  public RuleShape[] getShapes() {
    return RuleShape.values();
  }

  public FundingSource[] getFunds() {
    return FundingSource.values();
  }

  public List<PolicyData> getVersions() {
    return versions;
  }

  public PolicyData getSelected() {
    return selected;
  }

  public LocalDate getCentralisedFrom() {
    return centralisedFrom;
  }

  public void setCentralisedFrom(LocalDate v) {
    this.centralisedFrom = v;
  }

  public LocalDate getCentralisedTo() {
    return centralisedTo;
  }

  public void setCentralisedTo(LocalDate v) {
    this.centralisedTo = v;
  }

  public LocalDate getLastPaymentDate() {
    return lastPaymentDate;
  }

  public void setLastPaymentDate(LocalDate v) {
    this.lastPaymentDate = v;
  }

  public LocalDate getFiscalCutoff() {
    return fiscalCutoff;
  }

  public void setFiscalCutoff(LocalDate v) {
    this.fiscalCutoff = v;
  }

  public BigDecimal getFiscalSubsidy() {
    return fiscalSubsidy;
  }

  public void setFiscalSubsidy(BigDecimal v) {
    this.fiscalSubsidy = v;
  }

  public List<StandardRow> getStandards() {
    return standards;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public List<String> getProblems() {
    return problems;
  }

  public int getCopyYear() {
    return copyYear;
  }

  public void setCopyYear(int copyYear) {
    this.copyYear = copyYear;
  }
}
