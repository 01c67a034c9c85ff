package org.canbao.kernel.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.AreaNarrowing;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.UserRepository;

/**
 * The caller of this request, looked up once from the Jakarta Security principal: roles and area as
 * the account has them now (a change by the administrator applies to the next request).
 */
@RequestScoped
public class CurrentCallerBean implements CurrentCaller {
  @Inject SecurityContext security;
  @Inject UserRepository users;
  @Inject Instance<AreaNarrowing> narrowings;

  private Caller caller;

  @Override
  public Caller get() {
    if (caller == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new AccessDeniedException("请先登录");
      }
      AppUser user =
          users
              .byUsername(principal.getName())
              .orElseThrow(() -> new AccessDeniedException("账号不存在或已被删除"));
      if (!user.enabled()) {
        // a session signed in before the account was disabled ends here, not at its timeout
        throw new AccessDeniedException("账号已停用，请联系系统管理员");
      }
      var region = user.region();
      AreaScope scope =
          new AreaScope(region.id(), region.path(), region.currentName(), region.level());
      for (AreaNarrowing n : narrowings) {
        List<String> areas = n.narrowedAreas(user.username(), user.roles(), region.path());
        if (areas != null) {
          scope = scope.narrowTo(areas);
        }
      }
      caller =
          new Caller(user.username(), user.displayName(), user.roles(), scope, user.organisation());
    }
    return caller;
  }

  @Override
  public boolean isSignedIn() {
    return caller != null || security.getCallerPrincipal() != null;
  }

  @Override
  public void actAsSystem() {
    if (security.getCallerPrincipal() != null) {
      throw new IllegalStateException("a signed-in user's request cannot act as the system");
    }
    caller = Caller.SYSTEM;
  }
}
