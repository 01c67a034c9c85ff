package org.canbao.reporting.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import org.canbao.kernel.api.MaxLength;

/**
 * A district's alert lines of a monitoring year (防止因病返贫监测预警线), as the screen and the API edit them:
 * the year's monitoring standard (an amount) with the multiples for low-income people and stable
 * post-poverty people and the categories of each group, the ordinary residents' line (last year's
 * rural per-capita disposable income), where the figures come from ({@code basis}), and the days
 * allowed for each step of an alert. {@code lowIncomeLine} and {@code stableLine} are the amounts
 * the multiples give (read only). {@code saved} is false for a proposal copied from {@code
 * proposedFrom} (an earlier year) or an empty form; {@code inheritedFrom} names the area whose
 * lines apply when the area has none of its own. Ranges are checked when saved (the entity's
 * rules).
 */
public record AlertLinesData(
    long areaId,
    String areaName,
    int year,
    @NotNull(message = "请填写本年度防止返贫监测标准（元）") BigDecimal monitoringStandard,
    @NotNull(message = "请填写低收入人口预警线的倍数") BigDecimal lowIncomeMultiple,
    @NotNull(message = "请选择低收入人口包含的身份类别") Set<String> lowIncomeCategories,
    @NotNull(message = "请填写稳定脱贫人口预警线的倍数") BigDecimal stableMultiple,
    @NotNull(message = "请选择稳定脱贫人口包含的身份类别") Set<String> stableCategories,
    @NotNull(message = "请填写普通居民预警线（上年度农村居民人均可支配收入，元）") BigDecimal ordinaryLine,
    @MaxLength(value = 300, message = "依据说明不能超过300字") String basis,
    int pushDays,
    int verifyDays,
    int requestDays,
    int answerDays,
    int closeDays,
    BigDecimal lowIncomeLine,
    BigDecimal stableLine,
    boolean saved,
    String proposedFrom,
    String inheritedFrom)
    implements Serializable {}
