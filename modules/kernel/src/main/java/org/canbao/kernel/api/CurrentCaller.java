package org.canbao.kernel.api;

/**
 * Who is calling. Every facade asks this before reading or writing area-bound data, so scoping
 * holds whatever screen or API the call came from.
 */
public interface CurrentCaller {
  /** The signed-in caller; throws {@link AccessDeniedException} when nobody is signed in. */
  Caller get();

  /** Whether someone is signed in. */
  boolean isSignedIn();

  /**
   * For the rest of this request (a timer's callback), act as {@link Caller#SYSTEM}: scheduled work
   * no user started (a bulletin on its schedule) goes through the same facades and checks.
   */
  void actAsSystem();
}
