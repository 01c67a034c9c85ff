package org.canbao.subsidies.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * A payment to price, and the price: contribution, subsidy with the rule that won, individual
 * share.
 */
public final class Pricing {
  private Pricing() {}

  /**
   * District code (a district without its own policy uses the city's), year, identities, type,
   * tier, date.
   */
  public record Request(
      String districtCode,
      int year,
      Set<String> categories,
      InsuredType insuredType,
      Tier tier,
      LocalDate paymentDate,
      boolean newbornWithin90Days)
      implements Serializable {}

  public record Result(
      long policyId,
      String policyRegionCode,
      BigDecimal contribution,
      BigDecimal subsidy,
      BigDecimal individual,
      String categoryCode,
      RuleShape shape,
      FundingSource fundingSource,
      String fundingDepartment,
      LocalDate centralisedFrom,
      LocalDate centralisedTo,
      LocalDate lastPaymentDate,
      /**
       * The fiscal subsidy the individual bears on top of the standard (paid after the cut-off),
       * else 0.
       */
      BigDecimal fiscalPart,
      LocalDate fiscalCutoff,
      String refusal)
      implements Serializable {}
}
