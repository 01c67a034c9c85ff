package org.canbao.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.canbao.kernel.api.AccountFacade;
import org.canbao.kernel.api.BusinessException;
import org.canbao.web.faces.Pages;

/** Changes the signed-in user's password after checking the old one. */
@Named
@RequestScoped
public class PasswordChange {
  @Inject AccountFacade accounts;

  private String oldPassword;
  private String newPassword;
  private String repeat;

  public void change() {
    if (newPassword == null || !newPassword.equals(repeat)) {
      throw new BusinessException("repeat", "两次输入的新密码不一致");
    }
    accounts.changeOwnPassword(oldPassword, newPassword);
    Pages.info("密码已修改");
  }

  public String getOldPassword() {
    return oldPassword;
  }

  public void setOldPassword(String oldPassword) {
    this.oldPassword = oldPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
