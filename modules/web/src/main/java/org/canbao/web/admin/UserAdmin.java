package org.canbao.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.UserDraft;
import org.canbao.kernel.api.UserFacade;
import org.canbao.kernel.api.UserView;
import org.canbao.web.faces.Pages;

/** Users, their roles and home regions: list, create, edit, reset password, unlock. */
@Named
@ViewScoped
public class UserAdmin implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UserFacade users;
  @Inject RegionFacade regions;

  private List<UserView> list;
  private String filter;
  private Long editingId;
  private String username;
  private String displayName;
  private List<Role> roles = List.of();
  private RegionView region;
  private String organisation;
  private boolean enabled = true;
  private String password;

  @PostConstruct
  void load() {
    list = users.list(filter);
  }

  public void search() {
    load();
  }

  public void startCreate() {
    editingId = null;
    username = null;
    displayName = null;
    roles = List.of();
    region = null;
    organisation = null;
    enabled = true;
    password = null;
  }

  public void startEdit(UserView u) {
    editingId = u.id();
    username = u.username();
    displayName = u.displayName();
    roles = List.copyOf(u.roles());
    region = regions.region(u.regionId());
    organisation = u.organisation();
    enabled = u.enabled();
    password = null;
  }

  public void save() {
    if (region == null) {
      throw new BusinessException("region", "请选择所属区域");
    }
    UserDraft d =
        new UserDraft(
            username,
            displayName,
            roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
            region.id(),
            organisation,
            enabled,
            password);
    if (editingId == null) {
      users.create(d);
      Pages.info("已创建用户" + username);
    } else {
      users.update(editingId, d);
      if (password != null && !password.isBlank()) {
        users.resetPassword(editingId, password);
      }
      Pages.info("已保存用户" + username);
    }
    load();
  }

  public void unlock(UserView u) {
    users.unlock(u.id());
    Pages.info("已解锁" + u.username());
    load();
  }

  public List<RegionView> completeRegion(String text) {
    return regions.search(text, 20);
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public String roleLabels(UserView u) {
    return u.roles().stream().map(Role::label).sorted().reduce((a, b) -> a + "、" + b).orElse("");
  }

  public List<UserView> getList() {
    return list;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles == null ? List.of() : roles;
  }

  public RegionView getRegion() {
    return region;
  }

  public void setRegion(RegionView region) {
    this.region = region;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
