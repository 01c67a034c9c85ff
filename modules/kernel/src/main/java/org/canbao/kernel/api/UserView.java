package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A user account as the administration screen shows it (never the password hash). */
public record UserView(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    long regionId,
    String regionName,
    String organisation,
    boolean enabled,
    boolean locked,
    boolean demo,
    Instant lastLoginAt)
    implements Serializable {}
