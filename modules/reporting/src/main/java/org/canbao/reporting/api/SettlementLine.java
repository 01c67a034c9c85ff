package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a settlement: the people subsidised and the amount (yuan) for a key — a funding
 * source (医疗救助资金 …), a department, a township or village — within the area and year asked for. The
 * filter fields say which people the line stands for, to drill down to them.
 */
public record SettlementLine(
    String key,
    String label,
    long people,
    BigDecimal amount,
    /** The line's filter for {@link SettlementFacade#people}: null where it does not narrow. */
    String fundingSource,
    String fundingDepartment,
    String certifyingDepartment,
    Long areaId)
    implements Serializable {}
