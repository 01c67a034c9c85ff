package org.canbao.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Role;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.api.AlertLinesFacade;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.api.AlertWorkFacade;
import org.canbao.reporting.api.MedicalAlertFacade;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One alert ({@code ?id=}): the person's figures against the line, the months behind them, the
 * history, the help asked and answered, the evidence; and the step the caller may take now — push
 * (district), upload evidence and verify, ask departments, close (township), answer (department).
 */
@Named
@ViewScoped
public class AlertPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject MedicalAlertFacade alerts;
  @Inject AlertWorkFacade work;
  @Inject AlertLinesFacade lines;
  @Inject CurrentCaller caller;

  private Long id;
  private AlertDetail detail;
  private String note;
  private List<String> departments = new ArrayList<>();
  private String department;
  private List<String> allDepartments;

  public void load() {
    if (id != null) {
      detail = alerts.get(id);
    }
  }

  private void done(AlertDetail d, String what) {
    detail = d;
    note = null;
    departments = new ArrayList<>();
    Pages.info(detail.alert().name() + "：" + what + "（" + detail.alert().stateLabel() + "）");
  }

  public void push() {
    done(work.push(id, note), "已推送乡镇(街道)核实");
  }

  public void upload(FileUploadEvent event) throws IOException {
    detail = work.addEvidence(id, event.getFile().getFileName(), event.getFile().getContent());
    Pages.info("已上传佐证材料“" + event.getFile().getFileName() + "”");
  }

  public void verify() {
    done(work.verify(id, note), "已确认核实");
  }

  public void requestHelp() {
    done(work.requestHelp(id, departments, note), "已申请部门帮扶");
  }

  public void answer() {
    done(work.answer(id, department, note), "已反馈帮扶情况");
  }

  public void close() {
    done(work.close(id, note), "已办结");
  }

  /** A moment as officers read it: 2024-06-01 10:15, China time. */
  public String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  public StreamedContent download(long evidenceId) {
    EvidenceFile f = alerts.evidence(evidenceId);
    return DefaultStreamedContent.builder()
        .name(f.fileName())
        .contentType(f.contentType())
        .contentLength((long) f.content().length)
        .stream(() -> new ByteArrayInputStream(f.content()))
        .build();
  }

  /** Whether the alert is in {@code state} and the caller may take the step that follows it. */
  public boolean can(String state, String permission) {
    return detail != null
        && detail.alert().state() == AlertState.valueOf(state)
        && caller.get().may(Permission.valueOf(permission));
  }

  /**
   * A system administrator answers for a department, picked among those not answered yet; a
   * department's own account answers for itself.
   */
  public boolean isPickDepartment() {
    return can("HELP_REQUESTED", "ANSWER_MEDICAL_ALERTS") && caller.get().has(Role.SYSTEM_ADMIN);
  }

  /** Evidence may be added from the push to the close. */
  public boolean isEvidenceOpen() {
    return detail != null
        && detail.alert().state() != AlertState.NEW
        && detail.alert().state() != AlertState.CLOSED
        && caller.get().may(Permission.WORK_MEDICAL_ALERTS);
  }

  /** The departments asked that have not answered yet (a system administrator picks one). */
  public List<String> getOutstanding() {
    return detail == null
        ? List.of()
        : detail.help().stream()
            .filter(h -> !h.answered())
            .map(AlertDetail.HelpView::department)
            .toList();
  }

  public List<String> getAllDepartments() {
    if (allDepartments == null) {
      allDepartments = lines.departments();
    }
    return allDepartments;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AlertDetail getDetail() {
    return detail;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<String> getDepartments() {
    return departments;
  }

  public void setDepartments(List<String> departments) {
    this.departments = departments;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }
}
