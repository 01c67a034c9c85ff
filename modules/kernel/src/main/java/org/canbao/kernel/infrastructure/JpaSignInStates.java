package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.kernel.domain.SignInState;
import org.canbao.kernel.domain.SignInStates;

/** The sign-in records of the accounts (one per account, created with it). */
@ApplicationScoped
public class JpaSignInStates implements SignInStates {
  @PersistenceContext(unitName = "canbao")
  private EntityManager em;

  /** The record as it is now, without a lock (for reading). */
  @Override
  public SignInState of(long userId) {
    SignInState s = em.find(SignInState.class, userId);
    return s != null ? s : new SignInState(userId);
  }

  /**
   * The record locked for this transaction, so that concurrent attempts count one after the other.
   */
  @Override
  public SignInState locked(long userId) {
    SignInState s = em.find(SignInState.class, userId);
    if (s == null) {
      s = new SignInState(userId);
      em.persist(s);
    } else {
      // read again under the lock: a copy read earlier in this transaction may be stale by now
      em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
    }
    return s;
  }

  @Override
  public void add(SignInState state) {
    em.persist(state);
  }

  @Override
  public Map<Long, SignInState> of(Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select s from SignInState s where s.userId in :ids", SignInState.class)
        .setParameter("ids", userIds)
        .getResultStream()
        .collect(Collectors.toMap(SignInState::userId, Function.identity()));
  }
}
