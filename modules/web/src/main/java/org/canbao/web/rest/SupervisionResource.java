package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbao.supervision.api.AreaView;
import org.canbao.supervision.api.GroupView;
import org.canbao.supervision.api.IssueView;
import org.canbao.supervision.api.OutOfScopeView;
import org.canbao.supervision.api.SupervisionFacade;

/** Supervision groups and their assignment (分片包干). */
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {
  @Inject SupervisionFacade supervision;

  /** The assignment request: every group's areas from a date. */
  public record Assignment(int year, long scopeId, LocalDate effective, List<GroupAreas> groups) {}

  /** One group and the areas it will cover. */
  public record GroupAreas(long groupId, List<Long> areaIds) {}

  @GET
  @Path("board")
  public List<AreaView> board(
      @QueryParam("year") int year,
      @QueryParam("scopeId") long scopeId,
      @QueryParam("date") String date) {
    return supervision.board(year, scopeId, date == null ? LocalDate.now() : LocalDate.parse(date));
  }

  @GET
  @Path("groups")
  public List<GroupView> groups(@QueryParam("year") int year, @QueryParam("scopeId") long scopeId) {
    return supervision.groups(year, scopeId);
  }

  @POST
  @Path("assignment")
  public List<AreaView> assign(Assignment a) {
    Map<Long, List<Long>> plan = new LinkedHashMap<>();
    if (a != null && a.groups() != null) {
      a.groups().forEach(g -> plan.put(g.groupId(), g.areaIds() == null ? List.of() : g.areaIds()));
    }
    // an incomplete request still goes to the facade, which checks the caller before the content
    return a == null
        ? supervision.assign(0, 0, plan, null)
        : supervision.assign(a.year(), a.scopeId(), plan, a.effective());
  }

  /** Imports an assignment shaped like the notices' attachment (组别, 责任片区). */
  @POST
  @Path("assignment/file")
  @Consumes(MediaType.WILDCARD)
  public List<AreaView> importFile(
      @QueryParam("year") int year,
      @QueryParam("scopeId") long scopeId,
      @QueryParam("fileName") String fileName,
      @QueryParam("effective") String effective,
      InputStream content) {
    return supervision.importAssignment(
        year, scopeId, fileName, content, effective == null ? null : LocalDate.parse(effective));
  }

  /**
   * Copies a year's groups, members, assignment and out-of-scope marks to another year, the
   * assignment from {@code effective} (default: 1 October of {@code fromYear}, when a campaign
   * starts).
   */
  @POST
  @Path("copy")
  @Consumes(MediaType.WILDCARD)
  public List<GroupView> copyYear(
      @QueryParam("fromYear") int fromYear,
      @QueryParam("toYear") int toYear,
      @QueryParam("scopeId") long scopeId,
      @QueryParam("effective") String effective) {
    return supervision.copyYear(
        fromYear,
        toYear,
        scopeId,
        effective == null ? LocalDate.of(fromYear, 10, 1) : LocalDate.parse(effective));
  }

  /** An area to mark out of the year's scope, the reason, and (if a group covers it) from when. */
  public record OutOfScopeMark(long areaId, String reason, LocalDate effective) {}

  /** The areas of the scope marked out of the year's campaign scope, with who marked them when. */
  @GET
  @Path("out-of-scope")
  public List<OutOfScopeView> outOfScope(
      @QueryParam("year") int year, @QueryParam("scopeId") long scopeId) {
    return supervision.outOfScope(year, scopeId);
  }

  /** Marks an area out of the year's scope (again: changes the reason); answers the marks. */
  @POST
  @Path("out-of-scope")
  public List<OutOfScopeView> markOutOfScope(
      @QueryParam("year") int year, @QueryParam("scopeId") long scopeId, OutOfScopeMark m) {
    OutOfScopeMark mark = m == null ? new OutOfScopeMark(0, null, null) : m;
    supervision.markOutOfScope(year, scopeId, mark.areaId(), mark.reason(), mark.effective());
    // read in a transaction of its own: the audit trail has recorded the mark by now
    return supervision.outOfScope(year, scopeId);
  }

  /** Takes an area back into the year's scope; answers the remaining marks. */
  @DELETE
  @Path("out-of-scope")
  @Consumes(MediaType.WILDCARD)
  public List<OutOfScopeView> unmarkOutOfScope(
      @QueryParam("year") int year,
      @QueryParam("scopeId") long scopeId,
      @QueryParam("areaId") long areaId) {
    supervision.unmarkOutOfScope(year, scopeId, areaId);
    return supervision.outOfScope(year, scopeId);
  }

  /** A visit, and optionally the issue raised on it. */
  public record VisitRequest(
      long groupId,
      long areaId,
      LocalDate date,
      String membersPresent,
      String findings,
      String issue,
      LocalDate deadline,
      String responsible) {}

  @POST
  @Path("visits")
  public List<IssueView> visit(VisitRequest v) {
    long visit =
        supervision.recordVisit(
            v.groupId(), v.areaId(), v.date(), v.membersPresent(), v.findings());
    if (v.issue() != null && !v.issue().isBlank()) {
      supervision.raiseIssue(visit, v.issue(), v.deadline(), v.responsible());
    }
    return supervision.issues(false);
  }

  @GET
  @Path("issues")
  public List<IssueView> issues(@QueryParam("overdue") boolean overdue) {
    return supervision.issues(overdue);
  }

  /** Closes an issue; the body is the evidence. */
  @POST
  @Path("issues/{id}/close")
  @Consumes(MediaType.WILDCARD)
  public IssueView close(@PathParam("id") long id, String evidence) {
    return supervision.closeIssue(id, evidence);
  }

  @GET
  @Path("mine")
  public List<GroupView> mine(@QueryParam("year") int year) {
    return supervision.myGroups(year);
  }
}
