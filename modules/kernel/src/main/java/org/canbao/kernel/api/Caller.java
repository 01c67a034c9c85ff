package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as facades see them: who, which roles, which area. */
public record Caller(String username, String displayName, Set<Role> roles, AreaScope scope)
    implements Serializable {

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

  public void require(Role... wanted) {
    if (!hasAny(wanted)) {
      throw new AccessDeniedException("无权执行此操作：您的角色不允许");
    }
  }
}
