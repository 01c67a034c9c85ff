package org.canbao.kernel.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.SecurityEventKind;
import org.canbao.kernel.api.SecurityTrail;
import org.canbao.kernel.domain.SecurityEvent;

/**
 * Writes the security trail, each entry in its own transaction (the refused request rolls back).
 */
@Stateless
@LocalBean
@Local(SecurityTrail.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityEvents implements SecurityTrail {
  private static final Logger LOG = Logger.getLogger(SecurityEvents.class.getName());

  @PersistenceContext(unitName = "canbao")
  private EntityManager em;

  @Inject CurrentCaller caller;

  public void signInRefused(String username, String reason) {
    record(username, SecurityEventKind.SIGN_IN_REFUSED, reason);
  }

  @Override
  public void accessDenied(String where, String reason) {
    record(
        caller.isSignedIn() ? caller.get().username() : null,
        SecurityEventKind.ACCESS_DENIED,
        where + "：" + reason);
  }

  @Override
  public void idNumberRevealed(long personId, String where) {
    record(
        caller.get().username(), SecurityEventKind.ID_NUMBER_REVEALED, where + "：人员 #" + personId);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Entry> recent(String username, SecurityEventKind kind, int max) {
    caller.get().require(Permission.READ_AUDIT);
    return em.createQuery(
            "select e from SecurityEvent e where (:u is null or e.username = :u) and (:k is null or e.kind = :k)"
                + " order by e.at desc, e.id desc",
            SecurityEvent.class)
        .setParameter("u", username == null || username.isBlank() ? null : username.strip())
        .setParameter("k", kind)
        .setMaxResults(Math.max(1, Math.min(max, 1000)))
        .getResultStream()
        .map(e -> new Entry(e.id(), e.at(), e.username(), e.kind(), e.detail()))
        .toList();
  }

  void record(String username, SecurityEventKind kind, String detail) {
    SecurityEvent event = new SecurityEvent(Instant.now(), username, kind, detail);
    em.persist(event);
    LOG.info(() -> kind + " " + event.username() + ": " + event.detail());
  }
}
