package org.canbao.kernel.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The audit revisions (Envers' revision table with who, when, a note and the changed entity types),
 * as the audit screen lists them; implemented over the revision entity in the kernel's
 * infrastructure.
 */
public interface RevisionLog {
  /** One revision: the entity types it changed are class names as Envers records them. */
  record Entry(long id, Instant at, String username, Set<String> entityNames, String note) {}

  /**
   * Revisions by this user (blank: anyone) changing an entity type whose name ends with {@code
   * entity} (blank: any).
   */
  long count(String username, String entity);

  /** A page of those revisions, newest first. */
  List<Entry> page(String username, String entity, int first, int pageSize);

  /** Every entity class name some revision changed. */
  List<String> entityNames();
}
