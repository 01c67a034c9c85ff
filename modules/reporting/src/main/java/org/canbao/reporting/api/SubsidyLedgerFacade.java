package org.canbao.reporting.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The subsidy ledger (资助参保台账, DOMAIN.md §6 and §4): who was subsidised in a year, by which
 * category, how much and from which fund, inside the caller's area, ordered by village and name.
 * Read from the view {@code enrollment.v_subsidy_ledger} that the enrollment module publishes.
 */
public interface SubsidyLedgerFacade {
  long count(SubsidyLedgerQuery query);

  List<SubsidyLedgerRow> page(SubsidyLedgerQuery query, int first, int max);

  /** The sum of the subsidies of all rows the query selects. */
  BigDecimal total(SubsidyLedgerQuery query);

  /** The insurance years with subsidised payments in the caller's area, newest first. */
  List<Integer> years();
}
