package org.canbao.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertQuery;
import org.canbao.reporting.api.AlertRunStatus;
import org.canbao.reporting.api.AlertRunView;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.api.AlertView;
import org.canbao.reporting.api.AlertWorkFacade;
import org.canbao.reporting.api.MedicalAlertFacade;
import org.canbao.web.faces.AreaFilters;
import org.canbao.web.faces.FacadePages;
import org.canbao.web.faces.Pages;
import org.primefaces.model.LazyDataModel;

/**
 * 因病返贫预警: the alerts of the caller's area with filters (area, state, group, overdue, name or ID
 * number), the latest computation, and for the district: compute again, push every new alert.
 */
@Named
@ViewScoped
public class AlertList extends AreaFilters {
  private static final long serialVersionUID = 1L;

  @Inject MedicalAlertFacade alerts;
  @Inject AlertWorkFacade work;

  private AlertState state;
  private AlertGroup group;
  private boolean overdueOnly;
  private AlertRunView lastRun;

  @PostConstruct
  void init() {
    year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    loadAreas(RegionLevel.TOWNSHIP);
    search();
  }

  private final LazyDataModel<AlertView> model =
      new FacadePages<>(
          () -> alerts.count(query()),
          (first, max, field, desc) ->
              alerts.list(query().sorted(FacadePages.column(ORDERS, field), desc), first, max),
          AlertView::id);

  /** The columns of the page (their sortBy) and the facade's orders. */
  private static final Map<String, AlertQuery.Order> ORDERS =
      Map.of(
          "villageName()", AlertQuery.Order.VILLAGE,
          "name()", AlertQuery.Order.NAME,
          "groupLabel()", AlertQuery.Order.GROUP,
          "selfBurden()", AlertQuery.Order.SELF_BURDEN,
          "lineAmount()", AlertQuery.Order.LINE,
          "stateLabel()", AlertQuery.Order.STATE,
          "dueOn()", AlertQuery.Order.DUE_ON);

  AlertQuery query() {
    return new AlertQuery(year, areaId, state, group, overdueOnly, text);
  }

  /** The filters apply at the table's next load; the latest computation is read again. */
  public void search() {
    lastRun = alerts.lastRun(year, area()).orElse(null);
  }

  public void compute() {
    lastRun = alerts.compute(year, area());
    Pages.info(describe(lastRun));
  }

  public void pushAll() {
    int pushed = work.pushAll(year, area());
    Pages.info("已推送" + pushed + "条新预警至乡镇(街道)核实");
  }

  /** "计算完成：超过预警线 12 人，新增预警 3 条，更新 1 条" or why it did not run. */
  static String describe(AlertRunView run) {
    if (run.status() != AlertRunStatus.DONE) {
      return run.statusLabel() + (run.message() == null ? "" : "：" + run.message());
    }
    return run.areaName()
        + run.year()
        + "年度预警计算完成：超过预警线"
        + run.overLine()
        + "人，新增预警"
        + run.created()
        + "条，更新"
        + run.updated()
        + "条";
  }

  public LazyDataModel<AlertView> getModel() {
    return model;
  }

  public AlertState[] getStates() {
    return AlertState.values();
  }

  public AlertGroup[] getGroups() {
    return AlertGroup.values();
  }

  public AlertRunView getLastRun() {
    return lastRun;
  }

  public AlertState getState() {
    return state;
  }

  public void setState(AlertState state) {
    this.state = state;
  }

  public AlertGroup getGroup() {
    return group;
  }

  public void setGroup(AlertGroup group) {
    this.group = group;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
