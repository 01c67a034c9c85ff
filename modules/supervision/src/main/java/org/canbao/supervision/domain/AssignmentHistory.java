package org.canbao.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.canbao.kernel.api.BusinessException;

/**
 * Which group covered which area when (分片包干). A new plan for the whole scope must give every area
 * <em>in the campaign's scope</em> exactly one group — saving is refused while such an area is
 * uncovered or covered twice, naming the areas — and a change mid-year closes the old assignment
 * the day before and opens the new one, so a report for a past date still finds the group that
 * covered the area then.
 *
 * <p>The scope is the district's (or town's) areas less those it marked out of scope for the year
 * (DOMAIN.md §7). Fuling's notice: "区医保局落实人员组建5个工作组（名单见附件），对全区25个有扶贫开发任务的 乡镇街道分片包干" — 25 of its 27
 * townships; 敦仁街道 and 崇义街道, urban streets without poverty-alleviation tasks, have no group. A
 * marked area neither needs a group nor may have one (assigning it is refused, naming it); an area
 * that is neither covered nor marked is still named. Marking an area a group covers ends that
 * group's period the day before the mark takes effect.
 */
public final class AssignmentHistory {
  /** One period in which a group covered an area; {@code to} null while it lasts. */
  public record Period(long areaId, long groupId, LocalDate from, LocalDate to) {
    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  private final List<Period> periods = new ArrayList<>();

  public AssignmentHistory(Collection<Period> existing) {
    periods.addAll(existing);
  }

  public List<Period> periods() {
    return List.copyOf(periods);
  }

  public Optional<Long> groupOn(long areaId, LocalDate date) {
    return periods.stream()
        .filter(p -> p.areaId() == areaId && p.covers(date))
        .map(Period::groupId)
        .findFirst();
  }

  /**
   * Applies a plan from {@code effective} on. {@code plan} maps each group to the areas it will
   * cover; {@code areas} are all areas of the scope with their names (for the messages); {@code
   * outOfScope} the areas marked out of the campaign's scope this year, which the plan must leave
   * without a group (a period still open on one of them ends the day before {@code effective}).
   *
   * @return the periods that changed (closed or opened)
   */
  public List<Period> apply(
      Map<Long, ? extends Collection<Long>> plan,
      Map<Long, String> areas,
      Set<Long> outOfScope,
      LocalDate effective) {
    Map<Long, List<Long>> groupsOfArea = new LinkedHashMap<>();
    areas.keySet().forEach(a -> groupsOfArea.put(a, new ArrayList<>()));
    Set<String> unknown = new TreeSet<>();
    plan.forEach(
        (group, covered) ->
            covered.forEach(
                area -> {
                  if (groupsOfArea.containsKey(area)) {
                    groupsOfArea.get(area).add(group);
                  } else {
                    unknown.add(String.valueOf(area));
                  }
                }));
    if (!unknown.isEmpty()) {
      throw new BusinessException("areas", "以下区域不在本次分片范围内：" + String.join("、", unknown));
    }
    List<String> marked = new ArrayList<>();
    List<String> uncovered = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    groupsOfArea.forEach(
        (area, groups) -> {
          if (outOfScope.contains(area)) {
            if (!groups.isEmpty()) {
              marked.add(areas.get(area));
            }
          } else if (groups.isEmpty()) {
            uncovered.add(areas.get(area));
          } else if (groups.size() > 1) {
            twice.add(areas.get(area));
          }
        });
    if (!marked.isEmpty() || !uncovered.isEmpty() || !twice.isEmpty()) {
      StringBuilder why = new StringBuilder();
      if (!marked.isEmpty()) {
        why.append(String.join("、", marked)).append("已标记为不在本年度督导范围内，不能分配督导组；");
      }
      if (!uncovered.isEmpty() || !twice.isEmpty()) {
        why.append("每个在督导范围内的区域必须且只能由一个督导组负责：");
        if (!uncovered.isEmpty()) {
          why.append("无督导组负责的有").append(String.join("、", uncovered)).append("；");
        }
        if (!twice.isEmpty()) {
          why.append("被多个督导组同时负责的有").append(String.join("、", twice)).append("；");
        }
      }
      throw new BusinessException("areas", why.toString());
    }
    List<Period> changed = new ArrayList<>();
    groupsOfArea.forEach(
        (area, groups) -> {
          if (groups.isEmpty()) {
            release(area, areas.get(area), effective).ifPresent(changed::add);
            return;
          }
          long group = groups.get(0);
          Optional<Period> current = open(area);
          if (current.isPresent() && current.get().groupId() == group) {
            return;
          }
          release(area, areas.get(area), effective).ifPresent(changed::add);
          Period opened = new Period(area, group, effective, null);
          periods.add(opened);
          changed.add(opened);
        });
    return changed;
  }

  /**
   * Ends the group's period on an area the day before {@code effective} (the area leaves the plan,
   * e.g. it was marked out of scope); nothing when no group covers it now.
   *
   * @return the closed period
   */
  public Optional<Period> release(long areaId, String areaName, LocalDate effective) {
    Optional<Period> current = open(areaId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Period p = current.get();
    if (effective == null) {
      throw new BusinessException("effective", areaName + "现有督导组负责，请填写生效日期（原督导组负责至其前一日）");
    }
    if (!effective.isAfter(p.from())) {
      throw new BusinessException("effective", areaName + "的调整日期须晚于其现分组的起始日期" + p.from());
    }
    periods.remove(p);
    Period closed = new Period(areaId, p.groupId(), p.from(), effective.minusDays(1));
    periods.add(closed);
    return Optional.of(closed);
  }

  private Optional<Period> open(long areaId) {
    return periods.stream().filter(p -> p.areaId() == areaId && p.to() == null).findFirst();
  }
}
