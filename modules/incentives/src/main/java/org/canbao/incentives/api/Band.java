package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One band of the year-end incentive (Songgai 2023 §三(一)): from {@code minCompletion} percent of
 * the target on, {@code perPerson} yuan of work subsidy per person of the basis (the town paying
 * {@code townShare}, the village {@code villageShare}), and the assessment score changed by {@code
 * scoreDelta}.
 */
public record Band(
    BigDecimal minCompletion,
    BigDecimal perPerson,
    BigDecimal townShare,
    BigDecimal villageShare,
    BigDecimal scoreDelta)
    implements Serializable {}
