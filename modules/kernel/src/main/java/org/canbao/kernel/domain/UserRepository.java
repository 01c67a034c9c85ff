package org.canbao.kernel.domain;

import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.Role;

/**
 * User accounts, wherever they are kept (the JPA implementation is in the kernel's infrastructure).
 */
public interface UserRepository {
  Optional<AppUser> find(long id);

  /**
   * The account with its region and the region's names loaded (the caller's scope is built from
   * them).
   */
  Optional<AppUser> byUsername(String username);

  /**
   * Accounts of regions whose path matches {@code pathPattern}, user or display name containing
   * {@code filter}.
   */
  List<AppUser> list(String filter, String pathPattern);

  long countInArea(String pathPattern);

  boolean anyWithRole(Role role);

  /** A new account, with its empty sign-in record. */
  AppUser add(AppUser user);
}
