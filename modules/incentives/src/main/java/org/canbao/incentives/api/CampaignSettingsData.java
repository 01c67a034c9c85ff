package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A campaign's settings for an insurance year and an area (a district, or a township with its own):
 * targets (base date, default share and rounding), sub-targets and their identity categories,
 * scorecard thresholds, bulletin schedule, and the year-end bands with cut-off date and basis.
 * {@code areaName} and {@code inheritedFrom} are filled by the server: the area the settings come
 * from when this area has none of its own. {@code saved} false: not saved for this year — a
 * proposal copied from the most recent year saved ({@code proposedFrom}, e.g. "永川区2023年度", dates
 * moved to this year), or, when nothing was ever saved, an empty form ({@code proposedFrom} null).
 */
public record CampaignSettingsData(
    long areaId,
    String areaName,
    int year,
    LocalDate baseDate,
    BigDecimal defaultShare,
    TargetRounding rounding,
    BigDecimal lowIncomeRate,
    BigDecimal povertyRate,
    Set<String> lowIncomeCategories,
    Set<String> povertyCategories,
    BigDecimal greenFrom,
    BigDecimal yellowFrom,
    BulletinSchedule schedule,
    LocalDate campaignStart,
    LocalDate cutoff,
    SubsidyBasis basis,
    List<Band> bands,
    String inheritedFrom,
    boolean saved,
    String proposedFrom)
    implements Serializable {}
