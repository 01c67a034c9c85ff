package org.canbao.enrollment.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.canbao.subsidies.api.FundingSource;

/**
 * What a payment costs, who pays what, which rule won, and when benefits run — or why the payment is
 * refused ({@code refusal}). {@code explanation} reads like the notices: "低保对象, 二档: 资助 350, 个人缴纳 375".
 */
public record Quote(
    long policyId,
    BigDecimal contribution,
    BigDecimal subsidy,
    BigDecimal individual,
    String categoryCode,
    String categoryName,
    FundingSource fundingSource,
    String fundingDepartment,
    LocalDate benefitStart,
    LocalDate benefitEnd,
    String benefitBasis,
    String explanation,
    String refusal)
    implements Serializable {}
