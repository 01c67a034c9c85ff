package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The area's completion on a date (a bulletin, or today), for the chart of progress over time. */
public record ProgressPoint(LocalDate date, long insured, long target, BigDecimal completion)
    implements Serializable {}
