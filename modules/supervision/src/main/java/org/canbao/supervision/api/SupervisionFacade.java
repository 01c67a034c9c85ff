package org.canbao.supervision.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.MaxLength;

/**
 * Supervision groups (分片包干). Administrators form groups for a year and a scope (their district, or
 * a town) and assign every area of the scope to exactly one group — except the areas they marked
 * out of that year's campaign scope, with a reason; changes are kept as history. Group members see
 * only their group's areas and record visits and issues there.
 */
public interface SupervisionFacade {
  List<GroupView> groups(int year, long scopeId);

  /**
   * Every area of the scope (its direct children) with the group covering it on {@code date}, and
   * the reason of the areas marked out of the year's scope.
   */
  List<AreaView> board(int year, long scopeId, LocalDate date);

  GroupView saveGroup(
      int year,
      long scopeId,
      Long groupId,
      @MaxLength(value = 60, message = "督导组名称不能超过60字") String name,
      List<GroupView.MemberView> members);

  /**
   * Assigns areas from {@code effective} on; refused, naming them, unless every area in the year's
   * scope has exactly one group and no area marked out of it has one.
   */
  List<AreaView> assign(
      int year, long scopeId, Map<Long, List<Long>> areasByGroup, LocalDate effective);

  /**
   * Copies last year's groups, members, assignment and out-of-scope marks as the new year's
   * starting point.
   */
  List<GroupView> copyYear(int fromYear, int toYear, long scopeId, LocalDate effective);

  /**
   * Imports an assignment in the shape of the notices' attachment (columns 组别/group and 责任片区/area,
   * one row per area, names as written — old names resolved).
   */
  List<AreaView> importAssignment(
      int year, long scopeId, String fileName, InputStream content, LocalDate effective);

  /**
   * The areas of the scope marked out of the year's campaign scope: reason, who marked them and
   * when.
   */
  List<OutOfScopeView> outOfScope(int year, long scopeId);

  /**
   * Marks an area of the scope out of the year's campaign scope (or changes the reason of its
   * mark). A group covering it stops covering it on the day before {@code effective}, which is then
   * required.
   */
  void markOutOfScope(
      int year,
      long scopeId,
      long areaId,
      @MaxLength(value = 200, message = "不纳入范围的原因不能超过200字") String reason,
      LocalDate effective);

  /** Takes an area back into the year's scope: from then on it needs a group like any other. */
  void unmarkOutOfScope(int year, long scopeId, long areaId);

  /** The groups the signed-in member belongs to, with their areas. */
  List<GroupView> myGroups(int year);

  long recordVisit(
      long groupId,
      long areaId,
      LocalDate date,
      @MaxLength(value = 300, message = "参加人员不能超过300字") String membersPresent,
      @MaxLength(value = 2000, message = "督导发现的情况不能超过2000字") String findings);

  IssueView raiseIssue(
      long visitId,
      @MaxLength(value = 1000, message = "问题描述不能超过1000字") String description,
      LocalDate deadline,
      @MaxLength(value = 100, message = "责任人不能超过100字") String responsible);

  IssueView closeIssue(
      long issueId, @MaxLength(value = 500, message = "整改情况不能超过500字") String evidence);

  /**
   * Issues of the caller's groups (members) or area (administrators); {@code overdueOnly} for
   * dashboards.
   */
  List<IssueView> issues(boolean overdueOnly);
}
