package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The audit trail recorded by Hibernate Envers: who changed what and when. System administrators.
 */
public interface AuditFacade {
  long countRevisions(String username, String entity);

  List<Revision> revisions(String username, String entity, int first, int pageSize);

  /** The entity states a revision wrote, with their change type. */
  List<Change> changes(long revision);

  /** The audited entity types met so far, by Chinese name, with the name the filter takes. */
  Map<String, String> entityTypes();

  /** One transaction that changed audited data; bulk work says what it did in {@code note}. */
  record Revision(long id, Instant at, String username, List<String> entities, String note)
      implements Serializable {}

  /**
   * One changed entity in a revision: type and id, 新增/修改/删除, its state after the change, and for a
   * change the fields that changed with their old and new values.
   */
  record Change(String entity, String entityId, ChangeType type, String state, String changedFields)
      implements Serializable {}
}
