package org.canbao.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.AuditFacade.Change;
import org.canbao.kernel.api.AuditFacade.Revision;
import org.canbao.kernel.api.SecurityEventKind;
import org.canbao.kernel.api.SecurityTrail;
import org.canbao.web.faces.FacadePages;
import org.primefaces.model.LazyDataModel;

/**
 * The audit trail, newest first, filterable by user and entity type, with each revision's changes.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditFacade audit;

  private String username;
  private String entity;
  private Revision selected;
  private List<Change> changes = List.of();
  private Map<String, String> entityTypes;

  private final LazyDataModel<Revision> model =
      new FacadePages<>(
          () -> audit.countRevisions(username, entity),
          (first, max) -> audit.revisions(username, entity, first, max),
          Revision::id);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  /** Revision time in Beijing time. */
  public String time(Revision r) {
    return TIME.format(r.at());
  }

  public String time(Instant at) {
    return TIME.format(at);
  }

  public String entities(Revision r) {
    return String.join("、", r.entities());
  }

  // the security trail: refused sign-ins, refused accesses, full ID numbers shown
  @Inject SecurityTrail trail;
  private String eventUser;
  private SecurityEventKind eventKind;
  private List<SecurityTrail.Entry> events;

  public void loadEvents() {
    events = trail.recent(eventUser, eventKind, 1000);
  }

  public List<SecurityTrail.Entry> getEvents() {
    if (events == null) {
      loadEvents();
    }
    return events;
  }

  public SecurityEventKind[] getEventKinds() {
    return SecurityEventKind.values();
  }

  public String getEventUser() {
    return eventUser;
  }

  public void setEventUser(String eventUser) {
    this.eventUser = eventUser;
  }

  public SecurityEventKind getEventKind() {
    return eventKind;
  }

  public void setEventKind(SecurityEventKind eventKind) {
    this.eventKind = eventKind;
  }

  public void show(Revision r) {
    selected = r;
    changes = audit.changes(r.id());
  }

  public LazyDataModel<Revision> getModel() {
    return model;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public Revision getSelected() {
    return selected;
  }

  public List<Change> getChanges() {
    return changes;
  }

  /** The entity types to filter by, by Chinese name. */
  public Map<String, String> getEntityTypes() {
    if (entityTypes == null) {
      entityTypes = audit.entityTypes();
    }
    return entityTypes;
  }
}
