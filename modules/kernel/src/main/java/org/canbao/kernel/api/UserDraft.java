package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.Set;

/** Input for creating or editing a user; {@code password} only when creating or resetting. */
public record UserDraft(
    String username,
    String displayName,
    Set<Role> roles,
    long regionId,
    String organisation,
    boolean enabled,
    String password)
    implements Serializable {}
