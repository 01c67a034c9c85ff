package org.canbao.kernel.domain;

import java.util.Collection;
import java.util.Map;

/** The sign-in records of the accounts (one per account, created with it). */
public interface SignInStates {
  /** The record as it is now, without a lock (for reading). */
  SignInState of(long userId);

  /**
   * The record locked for this transaction, so that concurrent attempts count one after the other.
   */
  SignInState locked(long userId);

  void add(SignInState state);

  Map<Long, SignInState> of(Collection<Long> userIds);
}
