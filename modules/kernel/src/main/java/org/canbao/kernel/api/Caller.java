package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as facades see them: who, which roles, which area, and the organisation they
 * work for (a department list provider uploads only what its department certifies).
 */
public record Caller(
    String username, String displayName, Set<Role> roles, AreaScope scope, String organisation)
    implements Serializable {

  /**
   * Canbao itself, for work no person started (scheduled bulletins, start-up data): the whole city.
   */
  public static final Caller SYSTEM =
      new Caller(
          "system",
          "系统",
          EnumSet.of(Role.SYSTEM_ADMIN),
          new AreaScope(0, "/", "全部", RegionLevel.CITY),
          null);

  public Caller(String username, String displayName, Set<Role> roles, AreaScope scope) {
    this(username, displayName, roles, scope, null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role r : wanted) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the caller's roles grants {@code permission} (see {@link Permission}). */
  public boolean may(Permission permission) {
    return permission.grantedToAny(roles);
  }

  public void require(Permission permission) {
    if (!may(permission)) {
      throw new AccessDeniedException("无权执行此操作：您的角色不能" + permission.label());
    }
  }
}
