package org.canbao.subsidies.api;

import java.io.Serializable;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.MaxLength;

/**
 * Input for creating or editing an identity category. The code's shape, a name, a department and a
 * group are the category's own rules; no exemption given means none ({@link
 * WaitingPeriodExemption#NONE}), no contribution standard the residents' ({@link
 * InsuredType#RESIDENT}).
 */
public record CategoryDraft(
    String code,
    @MaxLength(value = 60, message = "类别名称不能超过60个字") String name,
    @MaxLength(value = 60, message = "认定部门不能超过60个字") String certifyingDepartment,
    CategoryGroup group,
    boolean active,
    int sortOrder,
    WaitingPeriodExemption waitingPeriodExemption,
    InsuredType insuredType)
    implements Serializable {}
