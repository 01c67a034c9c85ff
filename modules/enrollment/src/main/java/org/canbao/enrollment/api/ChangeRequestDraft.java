package org.canbao.enrollment.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import org.canbao.kernel.api.Filled;
import org.canbao.kernel.api.MaxLength;

/**
 * A change a village officer asks for: the person, what changes ({@code identityId} names the
 * identity that ends, for {@link ChangeKind#IDENTITY_ENDED} only), from which date, and why.
 */
public record ChangeRequestDraft(
    long personId,
    @NotNull(message = "请选择变更事项") ChangeKind kind,
    Long identityId,
    @NotNull(message = "请填写变更日期") LocalDate date,
    @Filled(message = "请填写申请原因") @MaxLength(value = 300, message = "申请原因不能超过300字") String reason)
    implements Serializable {}
