package org.canbao.kernel.api;

/** Self-service around signing in: why a login failed, changing one's own password. */
public interface AccountFacade {
  /**
   * A Chinese explanation when the account is locked or disabled, else null (no user enumeration).
   */
  String loginProblem(String username);

  void changeOwnPassword(String oldPassword, String newPassword);
}
