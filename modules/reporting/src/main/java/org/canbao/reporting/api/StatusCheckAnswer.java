package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a medical institution is told: the state on the day, in words ({@code message}: 已参保, 未参保 or
 * 待遇自2023-06-13起享受), and the benefit period where there is one. Never a name, never anything else
 * about the person: a registered person without insurance and an unknown ID number get the same
 * answer.
 */
public record StatusCheckAnswer(
    String maskedIdNumber,
    LocalDate date,
    StatusCheckResult status,
    String message,
    LocalDate benefitStart,
    LocalDate benefitEnd,
    Instant checkedAt)
    implements Serializable {}
