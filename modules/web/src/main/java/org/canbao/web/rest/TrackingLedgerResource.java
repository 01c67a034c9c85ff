package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.CollegeStudentState;
import org.canbao.reporting.api.CollegeTrackingQuery;
import org.canbao.reporting.api.CollegeTrackingRow;
import org.canbao.reporting.api.EmployeeInsuranceState;
import org.canbao.reporting.api.EmployeeTrackingQuery;
import org.canbao.reporting.api.EmployeeTrackingRow;
import org.canbao.reporting.api.TrackingLedgerFacade;

/**
 * The tracking ledgers of the caller's area, 100 lines per page: 职工医保跟踪台账 (employee-insured people
 * of a year, 在保 or 已停保, with the follow-up item a lapse check made) and 大学生参保跟踪台账 (last year's
 * college students and where they stand for the year). The checks themselves are {@code POST
 * /api/follow-ups/cross-check} with kind EMPLOYEE_LAPSE (and a month) or COLLEGE.
 */
@Path("ledgers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TrackingLedgerResource {
  @Inject TrackingLedgerFacade ledgers;

  @GET
  @Path("employee-insurance")
  public List<EmployeeTrackingRow> employees(
      @QueryParam("year") int year,
      @QueryParam("areaId") Long areaId,
      @QueryParam("state") EmployeeInsuranceState state,
      @QueryParam("uninsuredOnly") boolean uninsuredOnly,
      @QueryParam("text") String text,
      @QueryParam("first") int first) {
    check(year, first);
    return ledgers.employees(
        new EmployeeTrackingQuery(year, areaId, state, uninsuredOnly, text), first, 100);
  }

  @GET
  @Path("college-students")
  public List<CollegeTrackingRow> students(
      @QueryParam("year") int year,
      @QueryParam("areaId") Long areaId,
      @QueryParam("state") CollegeStudentState state,
      @QueryParam("text") String text,
      @QueryParam("first") int first) {
    check(year, first);
    return ledgers.students(new CollegeTrackingQuery(year, areaId, state, text), first, 100);
  }

  private static void check(int year, int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    if (year <= 0) {
      throw new BusinessException("year", "请指定参保年度 year");
    }
  }
}
