package org.canbao.kernel.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.infrastructure.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/** Reads the Envers audit trail for the system administrator's audit screen. */
@Stateless
@RolesAllowed(Role.Names.SYSTEM_ADMIN)
public class AuditService implements AuditFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

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
            r.getModifiedEntityNames().stream().map(AuditService::shortName).sorted().toList(), r.getNote()))
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
  public List<Change> changes(long revision) {
    var reader = AuditReaderFactory.get(em).getCrossTypeRevisionChangesReader();
    List<Change> result = new ArrayList<>();
    Map<RevisionType, List<Object>> byType = reader.findEntitiesGroupByRevisionType(revision);
    byType.forEach((type, entities) -> entities.forEach(e -> result.add(
        new Change(shortName(e.getClass().getName()), idOf(e), label(type), describe(e)))));
    return result;
  }

  private static String label(RevisionType t) {
    return switch (t) {
      case ADD -> "新增";
      case MOD -> "修改";
      case DEL -> "删除";
    };
  }

  private String idOf(Object entity) {
    Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    return String.valueOf(id);
  }

  /** The audited state as "field=value" pairs, read from the entity's fields (not its getters). */
  private static String describe(Object entity) {
    Map<String, String> fields = new TreeMap<>();
    for (var f : entity.getClass().getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      try {
        f.setAccessible(true);
        Object v = f.get(entity);
        if (v instanceof java.util.Collection<?> || (v != null && v.getClass().isAnnotationPresent(jakarta.persistence.Entity.class))) {
          continue;
        }
        if (!"passwordHash".equals(f.getName())) {
          fields.put(f.getName(), String.valueOf(v));
        }
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // a field the auditor cannot read is left out of the description
      }
    }
    return fields.toString();
  }

  private static String shortName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
