package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 资金结算 of an area for an insurance year: the active subsidised payments (a reversed record no
 * longer counts) summed by funding source, by the department bearing the cost (资金承担部门, as frozen on
 * the record), by the department certifying the identity (认定部门), and by township (or by village,
 * for a township). Every breakdown adds up to the total.
 */
public record SettlementReport(
    long areaId,
    String areaName,
    int year,
    long people,
    BigDecimal amount,
    List<SettlementLine> byFundingSource,
    List<SettlementLine> byFundingDepartment,
    List<SettlementLine> byCertifyingDepartment,
    List<SettlementLine> byArea)
    implements Serializable {}
