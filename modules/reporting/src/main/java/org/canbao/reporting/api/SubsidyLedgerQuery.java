package org.canbao.reporting.api;

import java.io.Serializable;
import org.canbao.subsidies.api.FundingSource;

/**
 * Filters of the subsidy ledger: the insurance year (required), and optionally an area inside the
 * caller's ({@code areaId}, a township or village), a category code, a fund, and a name or ID number.
 */
public record SubsidyLedgerQuery(int year, Long areaId, String categoryCode, FundingSource fundingSource, String text)
    implements Serializable {}
