package org.canbao.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.reporting.api.CollegeStudentState;
import org.canbao.reporting.api.CollegeTrackingQuery;
import org.canbao.reporting.api.CollegeTrackingRow;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.CrossCheckResult;
import org.canbao.reporting.api.FollowUpFacade;
import org.canbao.reporting.api.TrackingLedgerFacade;
import org.canbao.web.faces.AreaFilters;
import org.canbao.web.faces.FacadePages;
import org.canbao.web.faces.Pages;
import org.primefaces.model.LazyDataModel;

/**
 * 大学生参保跟踪台账: last year's college students of the caller's area and where they stand for the
 * insurance year (已在本地参保 / 已在就读地参保(有佐证) / 未参保), filtered, in pages, exported printable; and the
 * check (from 1 September before the year) that puts the uninsured into the follow-up ledger.
 */
@Named
@ViewScoped
public class CollegeTracking extends AreaFilters {
  private static final long serialVersionUID = 1L;

  @Inject TrackingLedgerFacade ledgers;
  @Inject FollowUpFacade followUps;

  private CollegeStudentState state;
  private CrossCheckResult result;

  @PostConstruct
  void init() {
    LocalDate today = LocalDate.now(EmployeeTracking.CHINA);
    // from September on, the students are followed for the next insurance year
    year = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
    loadAreas(RegionLevel.VILLAGE);
  }

  private final LazyDataModel<CollegeTrackingRow> model =
      new FacadePages<>(
          () -> ledgers.countStudents(query()),
          (first, max) -> ledgers.students(query(), first, max),
          CollegeTrackingRow::personId);

  private CollegeTrackingQuery query() {
    return new CollegeTrackingQuery(year, areaId, state, text);
  }

  public void search() {
    // the lazy model reads the filters on its next load
  }

  public void runCheck() {
    long area = area();
    result = followUps.crossCheck(CrossCheckKind.COLLEGE, year, area, null);
    Pages.info(
        result.areaName()
            + year
            + "年度"
            + result.kind().label()
            + "完成：大学生"
            + result.compared()
            + "人，未参保"
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
    return year + "年度大学生参保跟踪台账";
  }

  public LazyDataModel<CollegeTrackingRow> getModel() {
    return model;
  }

  public CollegeStudentState[] getStates() {
    return CollegeStudentState.values();
  }

  public CrossCheckResult getResult() {
    return result;
  }

  public CollegeStudentState getState() {
    return state;
  }

  public void setState(CollegeStudentState state) {
    this.state = state;
  }
}
