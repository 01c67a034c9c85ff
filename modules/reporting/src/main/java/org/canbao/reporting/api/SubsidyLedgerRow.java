package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.canbao.kernel.api.FundingSource;

/**
 * One subsidised payment of the ledger (资助参保台账): the person (ID number masked for roles that do not
 * work with individuals), where registered, the category applied, the frozen amounts, the fund.
 */
public record SubsidyLedgerRow(
    long recordId,
    long personId,
    String idNumber,
    String name,
    String townshipName,
    String villageName,
    int year,
    String categoryCode,
    String categoryName,
    String tier,
    LocalDate paymentDate,
    BigDecimal contribution,
    BigDecimal subsidy,
    BigDecimal individual,
    FundingSource fundingSource,
    String fundingDepartment)
    implements Serializable {}
