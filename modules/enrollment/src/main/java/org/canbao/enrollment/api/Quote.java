package org.canbao.enrollment.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.FundingSource;

/**
 * What a payment costs, who pays what, which rule won, and when benefits run — or why the payment
 * is refused ({@code refusal}). {@code explanation} reads like the notices: "低保对象, 二档: 资助 350, 个人缴纳
 * 375"; {@code notes} say why in words an officer can repeat to the payer (the same on the payment
 * screen and in the calculator).
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
    /**
     * Why the price is what it is, beyond the rule: identities not valid on the payment date, the
     * fiscal part, assumptions.
     */
    List<String> notes,
    String refusal)
    implements Serializable {}
