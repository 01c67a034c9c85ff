package org.canbao.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.CrossCheckResult;
import org.canbao.reporting.api.FollowUpFacade;
import org.canbao.reporting.api.FollowUpQuery;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.canbao.reporting.api.FollowUpView;
import org.canbao.web.faces.AreaFilters;
import org.canbao.web.faces.FacadePages;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * 未参保台账: the follow-up ledger of the caller's area with filters (village, reason, status, the
 * out-of-city view), the detail dialog (reason, status, evidence) and the cross-check of an area.
 */
@Named
@ViewScoped
public class LedgerPage extends AreaFilters {
  private static final long serialVersionUID = 1L;

  @Inject FollowUpFacade ledger;
  @Inject CampaignFacade campaigns;

  private FollowUpReason reason;
  private FollowUpStatus status;
  private boolean outOfCity;

  private CrossCheckKind checkKind = CrossCheckKind.REGISTER;
  private String month;
  private CrossCheckResult result;

  private FollowUpView selected;
  private FollowUpReason editReason;
  private String editNote;
  private FollowUpStatus editStatus;

  @PostConstruct
  void init() {
    year = campaigns.workingYear(home());
    loadAreas(RegionLevel.VILLAGE);
  }

  private final LazyDataModel<FollowUpView> model =
      new FacadePages<>(
          () -> ledger.count(query()),
          (first, max, field, desc) ->
              ledger.list(query().sorted(FacadePages.column(ORDERS, field), desc), first, max),
          FollowUpView::id,
          key -> ledger.get(Long.parseLong(key)));

  /** The columns of the page (their sortBy) and the facade's orders. */
  private static final Map<String, FollowUpQuery.Order> ORDERS =
      Map.of(
          "villageName()", FollowUpQuery.Order.VILLAGE,
          "idNumber()", FollowUpQuery.Order.ID_NUMBER,
          "name()", FollowUpQuery.Order.NAME,
          "foundByLabel()", FollowUpQuery.Order.FOUND_BY,
          "categories()", FollowUpQuery.Order.CATEGORIES,
          "registryStatus()", FollowUpQuery.Order.REGISTRY_STATUS,
          "reasonLabel()", FollowUpQuery.Order.REASON,
          "statusLabel()", FollowUpQuery.Order.STATUS,
          "statusBy()", FollowUpQuery.Order.STATUS_BY);

  FollowUpQuery query() {
    return new FollowUpQuery(year, areaId, reason, status, outOfCity, text);
  }

  public void search() {
    // the lazy model reads the filters on its next load
  }

  /** Runs the chosen cross-check for the chosen area (default: the caller's own). */
  public void runCheck() {
    long area = area();
    result = ledger.crossCheck(checkKind, year, area, month);
    Pages.info(
        result.areaName()
            + result.kind().label()
            + "完成：比对"
            + result.compared()
            + "人，未参保"
            + result.uninsured()
            + "人（新增"
            + result.added()
            + "人，已在台账"
            + result.kept()
            + "人原因保留），已参保销号"
            + result.nowInsured()
            + "人");
  }

  public void open(FollowUpView f) {
    selected = ledger.get(f.id());
    editReason = selected.reason();
    editNote = selected.reasonNote();
    editStatus = selected.status();
  }

  public void save() {
    selected = ledger.update(selected.id(), editReason, editNote, editStatus);
    Pages.info(selected.name() + "：已保存（" + selected.statusLabel() + "）");
  }

  public void upload(FileUploadEvent event) throws IOException {
    selected =
        ledger.addEvidence(
            selected.id(), event.getFile().getFileName(), event.getFile().getContent());
    Pages.info("已上传佐证材料“" + event.getFile().getFileName() + "”");
  }

  public StreamedContent download(long evidenceId) {
    return Pages.download(ledger.evidence(evidenceId));
  }

  public LazyDataModel<FollowUpView> getModel() {
    return model;
  }

  public FollowUpReason[] getReasons() {
    return FollowUpReason.values();
  }

  public FollowUpStatus[] getStatuses() {
    return FollowUpStatus.values();
  }

  public List<CrossCheckKind> getCheckKinds() {
    return List.of(CrossCheckKind.REGISTER, CrossCheckKind.DEPARTMENT, CrossCheckKind.NEW_POOR);
  }

  public FollowUpReason getReason() {
    return reason;
  }

  public void setReason(FollowUpReason reason) {
    this.reason = reason;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public void setStatus(FollowUpStatus status) {
    this.status = status;
  }

  public boolean isOutOfCity() {
    return outOfCity;
  }

  public void setOutOfCity(boolean outOfCity) {
    this.outOfCity = outOfCity;
  }

  public CrossCheckKind getCheckKind() {
    return checkKind;
  }

  public void setCheckKind(CrossCheckKind checkKind) {
    this.checkKind = checkKind;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public CrossCheckResult getResult() {
    return result;
  }

  public FollowUpView getSelected() {
    return selected;
  }

  public FollowUpReason getEditReason() {
    return editReason;
  }

  public void setEditReason(FollowUpReason editReason) {
    this.editReason = editReason;
  }

  public String getEditNote() {
    return editNote;
  }

  public void setEditNote(String editNote) {
    this.editNote = editNote;
  }

  public FollowUpStatus getEditStatus() {
    return editStatus;
  }

  public void setEditStatus(FollowUpStatus editStatus) {
    this.editStatus = editStatus;
  }
}
