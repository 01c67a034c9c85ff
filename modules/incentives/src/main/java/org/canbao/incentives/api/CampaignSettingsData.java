package org.canbao.incentives.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A campaign's settings for an insurance year and an area (a district, or a township with its own):
 * targets (base date, default share and rounding), sub-targets and their identity categories, scorecard
 * thresholds, bulletin schedule, and the year-end bands with cut-off date and basis. {@code areaName}
 * and {@code inheritedFrom} are filled by the server: the area the settings come from when this area has
 * none of its own ({@code saved} false: a proposal, not yet saved).
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
    boolean saved)
    implements Serializable {}
