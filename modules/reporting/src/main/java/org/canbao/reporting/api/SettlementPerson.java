package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidised payment behind a settlement figure. The ID number is in full only for roles that
 * work with individuals (查看完整身份证号); others see it masked.
 */
public record SettlementPerson(
    long recordId,
    long personId,
    String idNumber,
    String name,
    String townshipName,
    String villageName,
    LocalDate paymentDate,
    String categoryName,
    String fundingSource,
    String fundingDepartment,
    String certifyingDepartment,
    BigDecimal subsidy)
    implements Serializable {}
