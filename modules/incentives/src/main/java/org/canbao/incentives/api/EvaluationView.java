package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A township's year-end evaluation: version, status and who moved it when, the cut-off and basis,
 * the reason of a correction and the version it replaces, the villages' results (a village officer
 * sees its own village's line only) and their totals.
 */
public record EvaluationView(
    long id,
    long townshipId,
    String townshipName,
    int year,
    int versionNo,
    EvaluationStatus status,
    LocalDate cutoff,
    SubsidyBasis basis,
    long snapshotId,
    String reason,
    Long replacesId,
    String createdBy,
    Instant createdAt,
    String reviewedBy,
    Instant reviewedAt,
    String confirmedBy,
    Instant confirmedAt,
    String publishedBy,
    Instant publishedAt,
    List<EvaluationLine> lines,
    BigDecimal totalSubsidy,
    BigDecimal totalTownShare,
    BigDecimal totalVillageShare)
    implements Serializable {}
