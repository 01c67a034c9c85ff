package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/** A payment to register for a person. */
public record PaymentDraft(
    long personId, int year, InsuredType insuredType, Tier tier, LocalDate paymentDate, PaymentChannel channel,
    boolean employeeInsuranceLapsedWithin3Months, boolean graduating)
    implements Serializable {}
