package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The security trail beside the data audit: refused sign-ins, refused accesses, full ID numbers
 * shown. The doors (pages, REST) record refusals here; reading it is the system administrator's.
 */
public interface SecurityTrail {
  /** A refusal of the current caller (or of an anonymous request) at {@code where}. */
  void accessDenied(String where, String reason);

  /** The current caller was shown a person's full ID number (the person's id, never the number). */
  void idNumberRevealed(long personId, String where);

  /** The newest entries first, filtered by user name and kind (null = any). */
  List<Entry> recent(String username, SecurityEventKind kind, int max);

  /** One entry as the audit screen shows it. */
  record Entry(long id, Instant at, String username, SecurityEventKind kind, String detail)
      implements Serializable {}
}
