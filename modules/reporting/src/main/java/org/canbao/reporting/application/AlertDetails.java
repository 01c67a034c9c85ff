package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.api.FollowUpView;
import org.canbao.reporting.domain.AlertEvidence;
import org.canbao.reporting.domain.AlertStep;
import org.canbao.reporting.domain.MedicalAlert;

/**
 * An alert with its history, the help asked and answered, its evidence files and the months of
 * costs behind its figures, as the caller sees it ({@link AlertAccess}).
 */
@ApplicationScoped
public class AlertDetails {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject AlertAccess access;
  @Inject AlertStore store;

  public AlertDetail of(MedicalAlert a) {
    em.flush();
    long id = a.id();
    List<AlertDetail.StepView> steps =
        em.createQuery(
                "select s from AlertStep s where s.alertId = :id order by s.at, s.id",
                AlertStep.class)
            .setParameter("id", id)
            .getResultStream()
            .map(
                s ->
                    new AlertDetail.StepView(
                        s.from(), s.to(), s.act(), s.note(), s.departments(), s.by(), s.at()))
            .toList();
    List<AlertDetail.HelpView> help =
        access.help(List.of(id)).getOrDefault(id, List.of()).stream()
            .map(
                h ->
                    new AlertDetail.HelpView(
                        h.id(),
                        h.department(),
                        h.requestNote(),
                        h.requestedBy(),
                        h.requestedAt(),
                        h.answer(),
                        h.answeredBy(),
                        h.answeredAt()))
            .toList();
    List<FollowUpView.EvidenceView> evidence =
        evidence(id).stream()
            .map(
                e ->
                    new FollowUpView.EvidenceView(
                        e.id(),
                        e.fileName(),
                        e.contentType(),
                        e.size(),
                        e.uploadedBy(),
                        e.uploadedAt()))
            .toList();
    return new AlertDetail(
        access.views(List.of(a)).get(0),
        a.verifyNote(),
        steps,
        help,
        evidence,
        store.months(a.personId(), a.year()));
  }

  /** The evidence files of an alert, oldest first. */
  public List<AlertEvidence> evidence(long alertId) {
    return em.createQuery(
            "select e from AlertEvidence e where e.alertId = :id order by e.id",
            AlertEvidence.class)
        .setParameter("id", alertId)
        .getResultList();
  }
}
