package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.ChangeType;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;

/** Reads the Envers audit trail for the system administrator's audit screen. */
@Stateless
@Requires(Permission.READ_AUDIT)
public class AuditService implements AuditFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject AuditWording wording;
  @Inject RevisionLog log;

  @Override
  public long countRevisions(String username, String entity) {
    return log.count(username, entity);
  }

  @Override
  public List<Revision> revisions(String username, String entity, int first, int pageSize) {
    return log.page(username, entity, first, pageSize).stream()
        .map(
            r ->
                new Revision(
                    r.id(),
                    r.at(),
                    r.username(),
                    r.entityNames().stream()
                        .map(AuditService::shortName)
                        .map(wording::entity)
                        .sorted()
                        .toList(),
                    r.note()))
        .toList();
  }

  @Override
  public Map<String, String> entityTypes() {
    Map<String, String> types = new TreeMap<>();
    log.entityNames().forEach(name -> types.put(wording.entity(shortName(name)), shortName(name)));
    return types;
  }

  @Override
  public List<Change> changes(long revision) {
    var auditReader = AuditReaderFactory.get(em);
    var reader = auditReader.getCrossTypeRevisionChangesReader();
    List<Change> result = new ArrayList<>();
    Map<RevisionType, List<Object>> byType = reader.findEntitiesGroupByRevisionType(revision);
    byType.forEach(
        (type, entities) ->
            entities.forEach(
                e -> {
                  Object id =
                      em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(e);
                  Map<String, String> after = wording.state(e);
                  Map<String, String> before =
                      type == RevisionType.MOD
                          ? before(auditReader, e.getClass(), id, revision)
                          : null;
                  result.add(
                      new Change(
                          wording.entity(shortName(e.getClass().getName())),
                          String.valueOf(id),
                          ChangeType.named(type.name()),
                          AuditWording.join(after),
                          String.join("；", wording.differences(before, after))));
                }));
    return result;
  }

  /**
   * The entity's state at its revision before {@code revision}, in words; null when there is none.
   */
  private Map<String, String> before(AuditReader reader, Class<?> type, Object id, long revision) {
    Number previous =
        reader.getRevisions(type, id).stream()
            .filter(r -> r.longValue() < revision)
            .max(Comparator.comparingLong(Number::longValue))
            .orElse(null);
    return previous == null ? null : wording.state(reader.find(type, id, previous));
  }

  private static String shortName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
