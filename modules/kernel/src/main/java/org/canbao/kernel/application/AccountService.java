package org.canbao.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.canbao.kernel.api.AccountFacade;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.LoginPolicy;
import org.canbao.kernel.domain.SignInStates;
import org.canbao.kernel.domain.UserRepository;

/** Sign-in explanations and own-password changes. */
@Stateless
@PermitAll
public class AccountService implements AccountFacade {
  @Inject UserRepository users;
  @Inject SignInStates signIns;
  @Inject KernelConfig config;
  @Inject PasswordHasher hasher;
  @Inject CurrentCaller caller;

  @Override
  public String loginProblem(String username) {
    return users
        .byUsername(username)
        .map(
            u ->
                switch (config.loginPolicy().judge(u, signIns.of(u.id()), Instant.now())) {
                  case LOCKED -> "连续登录失败次数过多，账号已锁定，请稍后再试或联系系统管理员解锁";
                  case DISABLED -> "账号已停用，请联系系统管理员";
                  case DEMO_ACCOUNT_IN_PRODUCTION -> "演示账号在生产环境中不可使用";
                  case ALLOWED -> null;
                })
        .orElse(null);
  }

  @Override
  public void changeOwnPassword(String oldPassword, String newPassword) {
    AppUser u = users.byUsername(caller.get().username()).orElseThrow();
    if (!hasher.verify(oldPassword, u.passwordHash())) {
      throw new BusinessException("oldPassword", "原密码不正确");
    }
    String problem = LoginPolicy.passwordProblem(newPassword);
    if (problem != null) {
      throw new BusinessException("newPassword", problem);
    }
    u.changePassword(hasher.hash(newPassword), Instant.now());
  }
}
