package org.canbao.subsidies.api;

import java.io.Serializable;
import org.canbao.kernel.api.InsuredType;

/** An identity category (身份类别) as other modules and screens see it. */
public record CategoryView(
    long id,
    String code,
    String name,
    String certifyingDepartment,
    CategoryGroup group,
    boolean active,
    int sortOrder,
    WaitingPeriodExemption waitingPeriodExemption,
    /** The contribution standard the category's people pay (困难大学生: the college students'). */
    InsuredType insuredType)
    implements Serializable {}
