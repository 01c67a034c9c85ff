package org.canbao.kernel.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.canbao.kernel.api.ScheduledRuns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims a run by inserting its row; the primary key decides between nodes that fire at the same
 * moment ({@code on conflict do nothing}: the loser inserts nothing and waits for no lock beyond
 * the winner's short transaction).
 */
@Stateless
public class ScheduledRunClaims implements ScheduledRuns {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "canbao.node", defaultValue = "single")
  String node;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, String run) {
    return em.createNativeQuery(
                "insert into kernel.scheduled_run (job, run_key, node, claimed_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, job)
            .setParameter(2, run)
            .setParameter(3, node)
            .setParameter(4, OffsetDateTime.now())
            .executeUpdate()
        == 1;
  }

  @Override
  public String node() {
    return node;
  }
}
