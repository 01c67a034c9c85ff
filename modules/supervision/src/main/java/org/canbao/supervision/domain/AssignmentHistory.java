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
 * exactly one group — saving is refused while an area is uncovered or covered twice, naming the
 * areas — and a change mid-year closes the old assignment the day before and opens the new one, so a
 * report for a past date still finds the group that covered the area then.
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
    return periods.stream().filter(p -> p.areaId() == areaId && p.covers(date)).map(Period::groupId).findFirst();
  }

  /**
   * Applies a plan from {@code effective} on. {@code plan} maps each group to the areas it will
   * cover; {@code areas} are all areas of the scope with their names (for the messages).
   *
   * @return the periods that changed (closed or opened)
   */
  public List<Period> apply(Map<Long, ? extends Collection<Long>> plan, Map<Long, String> areas, LocalDate effective) {
    Map<Long, List<Long>> groupsOfArea = new LinkedHashMap<>();
    areas.keySet().forEach(a -> groupsOfArea.put(a, new ArrayList<>()));
    Set<String> unknown = new TreeSet<>();
    plan.forEach((group, covered) -> covered.forEach(area -> {
      if (groupsOfArea.containsKey(area)) {
        groupsOfArea.get(area).add(group);
      } else {
        unknown.add(String.valueOf(area));
      }
    }));
    if (!unknown.isEmpty()) {
      throw new BusinessException("areas", "以下区域不在本次分片范围内：" + String.join("、", unknown));
    }
    List<String> uncovered = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    groupsOfArea.forEach((area, groups) -> {
      if (groups.isEmpty()) {
        uncovered.add(areas.get(area));
      } else if (groups.size() > 1) {
        twice.add(areas.get(area));
      }
    });
    if (!uncovered.isEmpty() || !twice.isEmpty()) {
      StringBuilder why = new StringBuilder("每个区域必须且只能由一个督导组负责：");
      if (!uncovered.isEmpty()) {
        why.append("无督导组负责的有").append(String.join("、", uncovered)).append("；");
      }
      if (!twice.isEmpty()) {
        why.append("被多个督导组同时负责的有").append(String.join("、", twice)).append("；");
      }
      throw new BusinessException("areas", why.toString());
    }
    List<Period> changed = new ArrayList<>();
    groupsOfArea.forEach((area, groups) -> {
      long group = groups.get(0);
      Optional<Period> current = periods.stream().filter(p -> p.areaId() == area && p.to() == null).findFirst();
      if (current.isPresent() && current.get().groupId() == group) {
        return;
      }
      current.ifPresent(p -> {
        if (!effective.isAfter(p.from())) {
          throw new BusinessException("effective", areas.get(area) + "的调整日期须晚于其现分组的起始日期" + p.from());
        }
        periods.remove(p);
        Period closed = new Period(area, p.groupId(), p.from(), effective.minusDays(1));
        periods.add(closed);
        changed.add(closed);
      });
      Period opened = new Period(area, group, effective, null);
      periods.add(opened);
      changed.add(opened);
    });
    return changed;
  }
}
