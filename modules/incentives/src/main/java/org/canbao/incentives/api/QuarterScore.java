package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A village's quarterly ranking score (issue 11 §4, "quarterly ranking scores from the same data"):
 * its progress at the quarter's last day — people counted, target, completion, rank among the
 * area's villages — and the assessment score change of the year-end band that completion reaches,
 * as if the quarter's end were the cut-off (Songgai 2023 三(一): ≥100% +0.5, ≥80% 0, below 80% −0.5).
 * No target: not scored (band and score null). The bands are the year's saved settings.
 */
public record QuarterScore(
    long villageId,
    String villageName,
    String townshipName,
    int quarter,
    LocalDate quarterEnd,
    long insured,
    long target,
    BigDecimal completion,
    Integer rank,
    BigDecimal bandMin,
    BigDecimal score)
    implements Serializable {}
