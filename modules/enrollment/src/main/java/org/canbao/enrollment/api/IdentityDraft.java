package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.canbao.kernel.api.Filled;
import org.canbao.kernel.api.MaxLength;

/**
 * Input for recording an identity by hand (no department: the category's certifying department).
 */
public record IdentityDraft(
    @Filled(message = "请选择身份类别") String categoryCode,
    @MaxLength(value = 60, message = "认定部门不能超过60个字") String department,
    LocalDate validFrom,
    LocalDate validTo)
    implements Serializable {}
