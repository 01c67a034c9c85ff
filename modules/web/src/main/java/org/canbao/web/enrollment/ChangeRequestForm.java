package org.canbao.web.enrollment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.ChangeKind;
import org.canbao.enrollment.api.ChangeRequestDraft;
import org.canbao.enrollment.api.ChangeRequestFacade;
import org.canbao.enrollment.api.ChangeRequestView;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;

/**
 * The person page's 变更申请: a village officer asks for a death, a move out of the district or an
 * identity's end, with a reason and optionally an evidence file; the person's requests are listed
 * with their outcome.
 */
@Named
@ViewScoped
public class ChangeRequestForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ChangeRequestFacade requests;

  private ChangeKind kind = ChangeKind.DECEASED;
  private Long identityId;
  private LocalDate date;
  private String reason;
  private String evidenceName;
  private byte[] evidence;
  private List<ChangeRequestView> ofPerson;

  /** Keeps the uploaded file until the request is submitted (the facade checks its type). */
  public void upload(FileUploadEvent event) {
    evidenceName = event.getFile().getFileName();
    evidence = event.getFile().getContent();
  }

  public void submit(long personId) {
    ChangeRequestView r =
        requests.submit(
            new ChangeRequestDraft(
                personId,
                kind,
                kind == ChangeKind.IDENTITY_ENDED ? identityId : null,
                date,
                reason),
            evidenceName,
            evidence);
    Pages.info("已提交变更申请 #" + r.id() + "（" + r.what() + "），待乡镇(街道)审批后变更登记");
    identityId = null;
    date = null;
    reason = null;
    evidenceName = null;
    evidence = null;
    ofPerson = null;
  }

  /** The person's requests, newest first (read once per view and after a submission). */
  public List<ChangeRequestView> ofPerson(long personId) {
    if (ofPerson == null) {
      ofPerson = requests.ofPerson(personId);
    }
    return ofPerson;
  }

  public ChangeKind[] getKinds() {
    return ChangeKind.values();
  }

  public boolean isIdentityEnded() {
    return kind == ChangeKind.IDENTITY_ENDED;
  }

  public ChangeKind getKind() {
    return kind;
  }

  public void setKind(ChangeKind kind) {
    this.kind = kind;
  }

  public Long getIdentityId() {
    return identityId;
  }

  public void setIdentityId(Long identityId) {
    this.identityId = identityId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getEvidenceName() {
    return evidenceName;
  }
}
