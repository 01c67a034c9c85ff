package org.canbao.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.AuditFacade.Change;
import org.canbao.kernel.api.AuditFacade.Revision;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, filterable by user and entity type, with each revision's changes. */
@Named
@ViewScoped
public class AuditLog implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditFacade audit;

  private String username;
  private String entity;
  private Revision selected;
  private List<Change> changes = List.of();

  private final LazyDataModel<Revision> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) audit.countRevisions(username, entity);
        }

        @Override
        public List<Revision> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return audit.revisions(username, entity, first, pageSize);
        }

        @Override
        public String getRowKey(Revision r) {
          return String.valueOf(r.id());
        }

        @Override
        public Revision getRowData(String rowKey) {
          return getWrappedData().stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
      };

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Shanghai"));

  /** Revision time in Beijing time. */
  public String time(Revision r) {
    return TIME.format(r.at());
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
}
