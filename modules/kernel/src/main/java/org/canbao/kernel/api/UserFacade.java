package org.canbao.kernel.api;

import java.util.List;

/**
 * User accounts, their roles and home regions. System administrators only, except {@link #me()}.
 */
public interface UserFacade {
  List<UserView> list(String filter);

  UserView create(UserDraft draft);

  UserView update(long id, UserDraft draft);

  void resetPassword(long id, String newPassword);

  void unlock(long id);

  /** The signed-in user's own account. */
  UserView me();

  /** Counts of accounts inside the caller's area, for dashboards. */
  long countInArea();
}
