package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.Set;

/**
 * Input for creating or editing a user; {@code password} only when creating or resetting. The user
 * name's shape, a display name and at least one role are the account's own rules.
 */
public record UserDraft(
    String username,
    @MaxLength(value = 60, message = "姓名不能超过60个字") String displayName,
    Set<Role> roles,
    long regionId,
    @MaxLength(value = 100, message = "单位不能超过100个字") String organisation,
    boolean enabled,
    String password)
    implements Serializable {}
