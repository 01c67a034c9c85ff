package org.canbao.reporting.api;

import java.io.Serializable;
import org.canbao.kernel.api.FundingSource;

/**
 * Filters of the subsidy ledger: the insurance year (required), and optionally an area inside the
 * caller's ({@code areaId}, a township or village), a category code, a fund, and a name or ID
 * number; {@code order} sorts the list (by village and name when null).
 */
public record SubsidyLedgerQuery(
    int year,
    Long areaId,
    String categoryCode,
    FundingSource fundingSource,
    String text,
    Order order,
    boolean descending)
    implements Serializable {

  public SubsidyLedgerQuery(
      int year, Long areaId, String categoryCode, FundingSource fundingSource, String text) {
    this(year, areaId, categoryCode, fundingSource, text, null, false);
  }

  public SubsidyLedgerQuery sorted(Order by, boolean desc) {
    return new SubsidyLedgerQuery(year, areaId, categoryCode, fundingSource, text, by, desc);
  }

  /** The columns the ledger can be sorted by. */
  public enum Order {
    VILLAGE,
    NAME,
    ID_NUMBER,
    CATEGORY,
    TIER,
    PAYMENT_DATE,
    CONTRIBUTION,
    SUBSIDY,
    INDIVIDUAL,
    FUNDING_SOURCE,
    FUNDING_DEPARTMENT
  }
}
