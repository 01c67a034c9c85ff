package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.SignInState;
import org.canbao.kernel.domain.UserRepository;

/** User accounts in the database. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  @PersistenceContext(unitName = "canbao")
  private EntityManager em;

  @Override
  public Optional<AppUser> find(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  @Override
  public Optional<AppUser> byUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    // region and its names come along: the caller's scope is built from them outside any
    // transaction
    return em.createQuery(
            "select distinct u from AppUser u join fetch u.region r left join fetch r.names where u.username = :n",
            AppUser.class)
        .setParameter("n", username.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AppUser> list(String filter, String pathPattern) {
    String f = filter == null ? "" : filter.strip();
    return em.createQuery(
            "select u from AppUser u join fetch u.region r where r.path like :scope"
                + " and (u.username like :f or u.displayName like :f) order by r.path, u.username",
            AppUser.class)
        .setParameter("scope", pathPattern)
        .setParameter("f", "%" + f + "%")
        .getResultList();
  }

  @Override
  public long countInArea(String pathPattern) {
    return em.createQuery(
            "select count(u) from AppUser u where u.region.path like :scope", Long.class)
        .setParameter("scope", pathPattern)
        .getSingleResult();
  }

  @Override
  public boolean anyWithRole(Role role) {
    return !em.createQuery("select u.id from AppUser u join u.roles r where r = :role", Long.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** A new account, with its empty sign-in record. */
  @Override
  public AppUser add(AppUser user) {
    em.persist(user);
    em.persist(new SignInState(user.id()));
    return user;
  }
}
