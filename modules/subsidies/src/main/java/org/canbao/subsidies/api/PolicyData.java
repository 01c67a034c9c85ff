package org.canbao.subsidies.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.MaxLength;
import org.canbao.kernel.api.Tier;

/**
 * A year's policy for a region (the city default, code 500000, or a district override), as screens
 * and the REST API read and write it. Amounts in yuan.
 */
public record PolicyData(
    Long id,
    @MaxLength(value = 12, message = "区域代码不能超过12位") String regionCode,
    int year,
    PolicyStatus status,
    int versionNo,
    LocalDate centralisedFrom,
    LocalDate centralisedTo,
    LocalDate lastPaymentDate,
    LocalDate fiscalCutoff,
    BigDecimal fiscalSubsidyPerPerson,
    List<Standard> standards,
    List<Rule> rules)
    implements Serializable {
  /** The region code of the city-wide default policy (a district may override it). */
  public static final String CITY_CODE = "500000";

  /** The individual contribution of an insured type on a tier. */
  public record Standard(InsuredType insuredType, Tier tier, BigDecimal amount)
      implements Serializable {}

  /** One subsidy rule: category, tier, shape and value, fund and paying department. */
  public record Rule(
      @MaxLength(value = 40, message = "身份类别代码不能超过40个字符") String categoryCode,
      Tier tier,
      RuleShape shape,
      BigDecimal value,
      FundingSource fundingSource,
      @MaxLength(value = 60, message = "资金承担部门不能超过60个字") String fundingDepartment)
      implements Serializable {}
}
