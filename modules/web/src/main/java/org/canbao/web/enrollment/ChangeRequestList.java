package org.canbao.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.canbao.enrollment.api.ChangeRequestFacade;
import org.canbao.enrollment.api.ChangeRequestStatus;
import org.canbao.enrollment.api.ChangeRequestView;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.web.faces.FacadePages;
import org.canbao.web.faces.Pages;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * 人员变更申请: the change requests of the caller's area. A township officer opens on the pending ones
 * and approves or rejects each with a note or a reason; a village officer follows theirs.
 */
@Named
@ViewScoped
public class ChangeRequestList implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject ChangeRequestFacade requests;
  @Inject CurrentCaller caller;

  private ChangeRequestStatus status;
  private ChangeRequestView selected;
  private String note;

  private final LazyDataModel<ChangeRequestView> model =
      new FacadePages<>(
          () -> requests.count(status),
          (first, max) -> requests.list(status, first, max),
          ChangeRequestView::id);

  @PostConstruct
  void init() {
    if (caller.get().may(Permission.DECIDE_PERSON_CHANGES)) {
      status = ChangeRequestStatus.PENDING;
    }
  }

  /** Opens the decision dialog for a pending request. */
  public void select(ChangeRequestView r) {
    selected = r;
    note = null;
  }

  public void approve() {
    ChangeRequestView r = requests.approve(selected.id(), note);
    Pages.info(
        "已批准变更申请 #" + r.id() + "：" + r.personName() + " " + r.what() + "（" + r.date() + "），登记已变更");
    selected = null;
  }

  public void reject() {
    ChangeRequestView r = requests.reject(selected.id(), note);
    Pages.info("已驳回变更申请 #" + r.id() + "：" + r.personName() + " " + r.what() + "，登记未变更");
    selected = null;
  }

  public StreamedContent download(long id) {
    return Pages.download(requests.evidence(id));
  }

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public LazyDataModel<ChangeRequestView> getModel() {
    return model;
  }

  public ChangeRequestStatus[] getStatuses() {
    return ChangeRequestStatus.values();
  }

  public ChangeRequestStatus getStatus() {
    return status;
  }

  public void setStatus(ChangeRequestStatus status) {
    this.status = status;
  }

  public ChangeRequestView getSelected() {
    return selected;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
