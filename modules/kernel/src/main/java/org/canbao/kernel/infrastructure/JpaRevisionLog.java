package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.canbao.kernel.application.RevisionLog;

/**
 * The audit revisions read through their entity ({@link AuditRevision}, {@code kernel.revinfo}).
 */
@ApplicationScoped
public class JpaRevisionLog implements RevisionLog {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Override
  public long count(String username, String entity) {
    return query("select count(distinct r) from AuditRevision r", username, entity, Long.class)
        .getSingleResult();
  }

  @Override
  public List<Entry> page(String username, String entity, int first, int pageSize) {
    return query("select distinct r from AuditRevision r", username, entity, AuditRevision.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList()
        .stream()
        .map(
            r ->
                new Entry(
                    r.getId(),
                    Instant.ofEpochMilli(r.getTimestamp()),
                    r.getUsername(),
                    Set.copyOf(r.getModifiedEntityNames()),
                    r.getNote()))
        .toList();
  }

  @Override
  public List<String> entityNames() {
    return em.createQuery(
            "select distinct e from AuditRevision r join r.modifiedEntityNames e", String.class)
        .getResultList();
  }

  private <T> TypedQuery<T> query(String select, String username, String entity, Class<T> type) {
    StringBuilder q =
        new StringBuilder(select).append(" left join r.modifiedEntityNames e where 1 = 1");
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
}
