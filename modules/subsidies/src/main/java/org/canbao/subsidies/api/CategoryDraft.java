package org.canbao.subsidies.api;

import java.io.Serializable;

/** Input for creating or editing an identity category. */
public record CategoryDraft(
    String code, String name, String certifyingDepartment, CategoryGroup group, boolean active, int sortOrder,
    WaitingPeriodExemption waitingPeriodExemption)
    implements Serializable {}
