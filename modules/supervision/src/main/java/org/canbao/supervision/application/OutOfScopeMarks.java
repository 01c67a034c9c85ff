package org.canbao.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.supervision.domain.OutOfScopeArea;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The areas marked out of a campaign year's scope, as stored, and who marked them when — read from
 * the audit trail, which is the record of it (the revision that added the mark or last changed its
 * reason). Callers check the caller's area; this class does not.
 */
@ApplicationScoped
public class OutOfScopeMarks {
  /** Who marked an area (or last changed the reason) and when. */
  record Stamp(String who, Instant when) {}

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  List<OutOfScopeArea> of(int year, long scopeId) {
    return em.createQuery(
            "select m from OutOfScopeArea m where m.year = :y and m.scopeId = :s order by m.areaPath",
            OutOfScopeArea.class)
        .setParameter("y", year)
        .setParameter("s", scopeId)
        .getResultList();
  }

  /** The reason of each marked area, by area id. */
  Map<Long, String> reasons(int year, long scopeId) {
    Map<Long, String> reasons = new HashMap<>();
    of(year, scopeId).forEach(m -> reasons.put(m.areaId(), m.reason()));
    return reasons;
  }

  Optional<OutOfScopeArea> find(int year, long scopeId, long areaId) {
    return em
        .createQuery(
            "select m from OutOfScopeArea m where m.year = :y and m.scopeId = :s and m.areaId = :a",
            OutOfScopeArea.class)
        .setParameter("y", year)
        .setParameter("s", scopeId)
        .setParameter("a", areaId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * By area id, the last revision that added a mark or changed its reason. A mark written in the
   * current transaction has no revision yet (Envers writes it at the commit): callers read after.
   */
  Map<Long, Stamp> stamps(int year, long scopeId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(OutOfScopeArea.class, false, true)
            .add(AuditEntity.property("year").eq(year))
            .add(AuditEntity.property("scopeId").eq(scopeId))
            .add(AuditEntity.revisionType().ne(RevisionType.DEL))
            .addProjection(AuditEntity.property("areaId"))
            .addProjection(AuditEntity.revisionProperty("username"))
            .addProjection(AuditEntity.revisionProperty("timestamp"))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    Map<Long, Stamp> stamps = new HashMap<>();
    for (Object[] r : rows) {
      stamps.put(
          ((Number) r[0]).longValue(),
          new Stamp((String) r[1], Instant.ofEpochMilli(((Number) r[2]).longValue())));
    }
    return stamps;
  }
}
