package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A village's year-end result: target and people counted at the cut-off, completion, the band
 * reached (its minimum completion; null when not assessed: no target), the basis people, the work
 * subsidy with the town's and the village's shares, the assessment score change, and its rank; the
 * sub-targets' rates at the cut-off and whether each is met (null: no such people).
 */
public record EvaluationLine(
    long villageId,
    String villageName,
    long registered,
    long target,
    long insured,
    BigDecimal completion,
    BigDecimal bandMin,
    long basis,
    BigDecimal subsidy,
    BigDecimal townShare,
    BigDecimal villageShare,
    BigDecimal scoreDelta,
    Integer rank,
    BigDecimal lowIncomeRate,
    Boolean lowIncomeMet,
    BigDecimal povertyRate,
    Boolean povertyMet)
    implements Serializable {}
