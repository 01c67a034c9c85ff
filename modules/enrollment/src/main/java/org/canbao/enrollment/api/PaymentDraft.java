package org.canbao.enrollment.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/** A payment to register for a person. */
public record PaymentDraft(
    long personId,
    int year,
    @NotNull(message = QuoteRequest.INSURED_TYPE_MISSING) InsuredType insuredType,
    @NotNull(message = QuoteRequest.TIER_MISSING) Tier tier,
    @NotNull(message = QuoteRequest.PAYMENT_DATE_MISSING) LocalDate paymentDate,
    PaymentChannel channel,
    boolean employeeInsuranceLapsedWithin3Months,
    boolean graduating)
    implements Serializable {}
