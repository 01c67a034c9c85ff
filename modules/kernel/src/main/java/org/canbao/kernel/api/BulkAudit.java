package org.canbao.kernel.api;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Audit revisions for bulk work that writes set-wise (SQL) instead of through JPA, where Hibernate
 * Envers sees nothing: an import's commit, the demo population, the register cross-check. The
 * kernel owns the revision tables; a module opens a revision here, in the transaction of its own
 * connection, and writes the audit rows of its own entities with the revision's number.
 */
public interface BulkAudit {
  /**
   * Opens a revision on {@code connection} (its transaction) by {@code username} at {@code at},
   * naming the audited entity types the work changed (as Envers names them), with {@code note}
   * saying what it did (cut to 300 characters; null for none). Returns the revision's number.
   */
  long open(
      Connection connection, String username, Instant at, Set<Class<?>> entities, String note);

  /** Sets the note of a revision opened on {@code connection} once the work knows its figures. */
  void note(Connection connection, long revision, String note);

  /**
   * When the first revision whose note begins with {@code prefix} was written, or empty if none
   * was.
   */
  Optional<Instant> firstNoted(String prefix);
}
