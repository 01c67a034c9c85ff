package org.canbao.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.CrossCheckResult;
import org.canbao.reporting.api.EmployeeInsuranceState;
import org.canbao.reporting.api.EmployeeTrackingQuery;
import org.canbao.reporting.api.EmployeeTrackingRow;
import org.canbao.reporting.api.FollowUpFacade;
import org.canbao.reporting.api.TrackingLedgerFacade;
import org.canbao.web.faces.AreaFilters;
import org.canbao.web.faces.FacadePages;
import org.canbao.web.faces.Pages;
import org.primefaces.model.LazyDataModel;

/**
 * 职工医保跟踪台账: the employee-insured people of a year in the caller's area (在保 / 已停保, the stop day and
 * reason, how they are insured now, the follow-up item), filtered, in pages, exported printable;
 * and the month's lapse check, which puts the stopped who are not insured otherwise into the
 * follow-up ledger.
 */
@Named
@ViewScoped
public class EmployeeTracking extends AreaFilters {
  private static final long serialVersionUID = 1L;
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject TrackingLedgerFacade ledgers;
  @Inject FollowUpFacade followUps;

  private EmployeeInsuranceState state;
  private boolean uninsuredOnly;
  private String month;
  private CrossCheckResult result;

  @PostConstruct
  void init() {
    LocalDate today = LocalDate.now(CHINA);
    year = today.getYear();
    month = YearMonth.from(today).toString();
    loadAreas(RegionLevel.VILLAGE);
  }

  private final LazyDataModel<EmployeeTrackingRow> model =
      new FacadePages<>(
          () -> ledgers.countEmployees(query()),
          (first, max) -> ledgers.employees(query(), first, max),
          EmployeeTrackingRow::recordId);

  private EmployeeTrackingQuery query() {
    return new EmployeeTrackingQuery(year, areaId, state, uninsuredOnly, text);
  }

  public void search() {
    // the lazy model reads the filters on its next load
  }

  /** The month's lapse check for the chosen area (default: the caller's own). */
  public void runCheck() {
    long area = area();
    result = followUps.crossCheck(CrossCheckKind.EMPLOYEE_LAPSE, year, area, month);
    Pages.info(
        result.areaName()
            + month
            + result.kind().label()
            + "完成：截至月末停保"
            + result.compared()
            + "人，其中未另行参保"
            + result.uninsured()
            + "人（新增跟进"
            + result.added()
            + "人，已在台账"
            + result.kept()
            + "人原因保留），已参保销号"
            + result.nowInsured()
            + "人");
  }

  public String getTitle() {
    return year + "年度职工医保跟踪台账";
  }

  public LazyDataModel<EmployeeTrackingRow> getModel() {
    return model;
  }

  public EmployeeInsuranceState[] getStates() {
    return EmployeeInsuranceState.values();
  }

  public CrossCheckResult getResult() {
    return result;
  }

  public EmployeeInsuranceState getState() {
    return state;
  }

  public void setState(EmployeeInsuranceState state) {
    this.state = state;
  }

  public boolean isUninsuredOnly() {
    return uninsuredOnly;
  }

  public void setUninsuredOnly(boolean uninsuredOnly) {
    this.uninsuredOnly = uninsuredOnly;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
