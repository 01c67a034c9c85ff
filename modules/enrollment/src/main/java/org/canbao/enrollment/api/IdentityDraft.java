package org.canbao.enrollment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Input for recording an identity by hand (no department: the category's certifying department).
 */
public record IdentityDraft(
    @NotBlank(message = "请选择身份类别") String categoryCode,
    @Size(max = 60, message = "认定部门不能超过60个字") String department,
    LocalDate validFrom,
    LocalDate validTo)
    implements Serializable {}
