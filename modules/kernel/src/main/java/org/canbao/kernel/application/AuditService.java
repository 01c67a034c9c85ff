package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.infrastructure.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/** Reads the Envers audit trail for the system administrator's audit screen. */
@Stateless
@Requires(Permission.READ_AUDIT)
public class AuditService implements AuditFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject AuditWording wording;

  @Override
  public long countRevisions(String username, String entity) {
    return query("select count(distinct r) from AuditRevision r", username, entity, Long.class).getSingleResult();
  }

  @Override
  public List<Revision> revisions(String username, String entity, int first, int pageSize) {
    return query("select distinct r from AuditRevision r", username, entity, AuditRevision.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList()
        .stream()
        .map(r -> new Revision(r.getId(), Instant.ofEpochMilli(r.getTimestamp()), r.getUsername(),
            r.getModifiedEntityNames().stream().map(AuditService::shortName).map(wording::entity).sorted().toList(), r.getNote()))
        .toList();
  }

  private <T> TypedQuery<T> query(String select, String username, String entity, Class<T> type) {
    StringBuilder q = new StringBuilder(select).append(" left join r.modifiedEntityNames e where 1 = 1");
    boolean byUser = username != null && !username.isBlank();
    boolean byEntity = entity != null && !entity.isBlank();
    if (byUser) {
      q.append(" and r.username = :u");
    }
    if (byEntity) {
      q.append(" and e like :e");
    }
    if (type == AuditRevision.class) {
      q.append(" order by r.id desc");
    }
    TypedQuery<T> tq = em.createQuery(q.toString(), type);
    if (byUser) {
      tq.setParameter("u", username.strip());
    }
    if (byEntity) {
      tq.setParameter("e", "%" + entity.strip());
    }
    return tq;
  }

  @Override
  public Map<String, String> entityTypes() {
    Map<String, String> types = new TreeMap<>();
    em.createQuery("select distinct e from AuditRevision r join r.modifiedEntityNames e", String.class)
        .getResultList()
        .forEach(name -> types.put(wording.entity(shortName(name)), shortName(name)));
    return types;
  }

  @Override
  public List<Change> changes(long revision) {
    var auditReader = AuditReaderFactory.get(em);
    var reader = auditReader.getCrossTypeRevisionChangesReader();
    List<Change> result = new ArrayList<>();
    Map<RevisionType, List<Object>> byType = reader.findEntitiesGroupByRevisionType(revision);
    byType.forEach((type, entities) -> entities.forEach(e -> {
      Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(e);
      Map<String, String> after = wording.state(e);
      Map<String, String> before = type == RevisionType.MOD ? before(auditReader, e.getClass(), id, revision) : null;
      result.add(new Change(wording.entity(shortName(e.getClass().getName())), String.valueOf(id), label(type),
          AuditWording.join(after), String.join("；", wording.differences(before, after))));
    }));
    return result;
  }

  /** The entity's state at its revision before {@code revision}, in words; null when there is none. */
  private Map<String, String> before(org.hibernate.envers.AuditReader reader, Class<?> type, Object id, long revision) {
    Number previous = reader.getRevisions(type, id).stream()
        .filter(r -> r.longValue() < revision)
        .max(java.util.Comparator.comparingLong(Number::longValue))
        .orElse(null);
    return previous == null ? null : wording.state(reader.find(type, id, previous));
  }

  private static String label(RevisionType t) {
    return switch (t) {
      case ADD -> "新增";
      case MOD -> "修改";
      case DEL -> "删除";
    };
  }

  private static String shortName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
