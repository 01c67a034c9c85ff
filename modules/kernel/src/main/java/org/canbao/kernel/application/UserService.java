package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.UserDraft;
import org.canbao.kernel.api.UserFacade;
import org.canbao.kernel.api.UserView;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.LoginPolicy;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;
import org.canbao.kernel.domain.SignInState;
import org.canbao.kernel.domain.SignInStates;
import org.canbao.kernel.domain.UserRepository;

/** User administration, limited to the system administrator's own area like everything else. */
@Stateless
@Requires(Permission.MANAGE_USERS)
public class UserService implements UserFacade {
  @Inject UserRepository users;
  @Inject SignInStates signIns;
  @Inject RegionRepository regions;
  @Inject PasswordHasher hasher;
  @Inject CurrentCaller caller;

  @Override
  public List<UserView> list(String filter) {
    List<AppUser> found = users.list(filter, caller.get().scope().likePattern());
    Map<Long, SignInState> states = signIns.of(found.stream().map(AppUser::id).toList());
    return found.stream().map(u -> view(u, states.get(u.id()))).toList();
  }

  @Override
  public UserView create(UserDraft d) {
    Inputs.present(d);
    if (users.byUsername(d.username()).isPresent()) {
      throw new BusinessException("username", "用户名" + d.username() + "已存在");
    }
    checkPassword(d.password());
    AppUser u =
        new AppUser(
            d.username(),
            d.displayName(),
            region(d.regionId()),
            d.roles(),
            hasher.hash(d.password()),
            false);
    u.describe(d.displayName(), region(d.regionId()), d.roles(), d.organisation(), d.enabled());
    return view(users.add(u), null);
  }

  @Override
  public UserView update(long id, UserDraft d) {
    Inputs.present(d);
    AppUser u = load(id);
    u.describe(d.displayName(), region(d.regionId()), d.roles(), d.organisation(), d.enabled());
    return view(u, signIns.of(id));
  }

  @Override
  public void resetPassword(long id, String newPassword) {
    checkPassword(newPassword);
    load(id).changePassword(hasher.hash(newPassword), Instant.now());
    signIns.locked(id).unlock();
  }

  @Override
  public void unlock(long id) {
    load(id);
    signIns.locked(id).unlock();
  }

  @Override
  @Requires(Permission.OWN_ACCOUNT)
  public UserView me() {
    AppUser u = users.byUsername(caller.get().username()).orElseThrow();
    return view(u, signIns.of(u.id()));
  }

  @Override
  @Requires(Permission.OWN_ACCOUNT)
  public long countInArea() {
    return users.countInArea(caller.get().scope().likePattern());
  }

  private static void checkPassword(String password) {
    String problem = LoginPolicy.passwordProblem(password);
    if (problem != null) {
      throw new BusinessException("password", problem);
    }
  }

  private AppUser load(long id) {
    AppUser u = users.find(id).orElseThrow(() -> new NotFoundException("用户不存在：" + id));
    caller.get().scope().check(u.region().path());
    return u;
  }

  private Region region(long id) {
    Region r = regions.find(id).orElseThrow(() -> new BusinessException("region", "所属区域不存在"));
    caller.get().scope().check(r.path());
    return r;
  }

  static UserView view(AppUser u, SignInState state) {
    return new UserView(
        u.id(),
        u.username(),
        u.displayName(),
        u.roles(),
        u.region().id(),
        u.region().currentName(),
        u.organisation(),
        u.enabled(),
        state != null && state.isLocked(Instant.now()),
        u.demo(),
        state == null ? null : state.lastLoginAt());
  }
}
