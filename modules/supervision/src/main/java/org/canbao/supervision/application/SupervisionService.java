package org.canbao.supervision.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.supervision.api.AreaView;
import org.canbao.supervision.api.GroupView;
import org.canbao.supervision.api.IssueView;
import org.canbao.supervision.api.OutOfScopeView;
import org.canbao.supervision.api.SupervisionFacade;
import org.canbao.supervision.domain.AreaAssignment;
import org.canbao.supervision.domain.AssignmentHistory;
import org.canbao.supervision.domain.OutOfScopeArea;
import org.canbao.supervision.domain.Rectification;
import org.canbao.supervision.domain.RectificationStatus;
import org.canbao.supervision.domain.SupervisionGroup;
import org.canbao.supervision.domain.Visit;

/**
 * Supervision groups and their work, inside the caller's area; members only in their own groups.
 * Areas marked out of a year's scope take part in the exactly-one rule as areas without a group.
 */
@Stateless
@Requires(Permission.READ_SUPERVISION_ISSUES)
public class SupervisionService implements SupervisionFacade {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject TableFiles tables;
  @Inject OutOfScopeMarks marks;

  @Override
  @Requires(Permission.READ_SUPERVISION_BOARD)
  public List<GroupView> groups(int year, long scopeId) {
    RegionRef scope = scope(scopeId);
    List<RegionRef> areas = regions.children(scope.id());
    return groupsOf(year, scope.id()).stream()
        .map(g -> view(g, areas, LocalDate.now(CHINA)))
        .toList();
  }

  @Override
  @Requires(Permission.READ_SUPERVISION_BOARD)
  public List<AreaView> board(int year, long scopeId, LocalDate date) {
    RegionRef scope = scope(scopeId);
    List<SupervisionGroup> groups = groupsOf(year, scope.id());
    AssignmentHistory history = history(groups);
    Map<Long, String> names = new HashMap<>();
    groups.forEach(g -> names.put(g.id(), g.name()));
    Map<Long, String> outOfScope = marks.reasons(year, scope.id());
    return regions.children(scope.id()).stream()
        .map(
            a -> {
              Optional<Long> g = history.groupOn(a.id(), date);
              return new AreaView(
                  a.id(),
                  a.name(),
                  g.orElse(null),
                  g.map(names::get).orElse(null),
                  outOfScope.get(a.id()));
            })
        .toList();
  }

  @Override
  @Requires(Permission.MANAGE_SUPERVISION)
  public GroupView saveGroup(
      int year, long scopeId, Long groupId, String name, List<GroupView.MemberView> members) {
    RegionRef scope = scope(scopeId);
    SupervisionGroup g;
    if (groupId == null) {
      g = new SupervisionGroup(year, scope.id(), scope.path(), name);
      em.persist(g);
    } else {
      g = group(groupId);
    }
    g.replaceMembers(
        members.stream()
            .map(
                m ->
                    new SupervisionGroup.Member(
                        m.name(), m.title(), m.role(), m.username(), m.phone()))
            .toList());
    em.flush();
    return view(g, regions.children(g.scopeId()), LocalDate.now(CHINA));
  }

  @Override
  @Requires(Permission.MANAGE_SUPERVISION)
  public List<AreaView> assign(
      int year, long scopeId, Map<Long, List<Long>> areasByGroup, LocalDate effective) {
    RegionRef scope = scope(scopeId);
    if (effective == null) {
      throw new BusinessException("effective", "请填写分片的生效日期");
    }
    List<SupervisionGroup> groups = groupsOf(year, scope.id());
    for (Long g : areasByGroup.keySet()) {
      if (groups.stream().noneMatch(x -> x.id().equals(g))) {
        throw new BusinessException("group", "督导组" + g + "不属于" + year + "年度" + scope.name());
      }
    }
    Map<Long, String> areaNames = new LinkedHashMap<>();
    Map<Long, String> areaPaths = new HashMap<>();
    regions
        .children(scope.id())
        .forEach(
            a -> {
              areaNames.put(a.id(), a.name());
              areaPaths.put(a.id(), a.path());
            });
    List<AreaAssignment> stored = assignments(groups);
    AssignmentHistory history =
        new AssignmentHistory(stored.stream().map(AreaAssignment::period).toList());
    Set<Long> outOfScope = marks.reasons(year, scope.id()).keySet();
    List<AssignmentHistory.Period> changed =
        history.apply(areasByGroup, areaNames, outOfScope, effective);
    store(changed, stored, areaPaths);
    em.flush();
    return board(year, scopeId, effective);
  }

  /** Ends the stored assignments the history closed and stores those it opened. */
  private void store(
      List<AssignmentHistory.Period> changed,
      List<AreaAssignment> stored,
      Map<Long, String> areaPaths) {
    for (AssignmentHistory.Period p : changed) {
      if (p.to() != null) {
        stored.stream()
            .filter(
                a -> a.areaId() == p.areaId() && a.validTo() == null && a.groupId() == p.groupId())
            .forEach(a -> a.endOn(p.to()));
      } else {
        em.persist(
            new AreaAssignment(p.groupId(), p.areaId(), areaPaths.get(p.areaId()), p.from()));
      }
    }
  }

  @Override
  @Requires(Permission.MANAGE_SUPERVISION)
  public List<GroupView> copyYear(int fromYear, int toYear, long scopeId, LocalDate effective) {
    RegionRef scope = scope(scopeId);
    if (!groupsOf(toYear, scope.id()).isEmpty()) {
      throw new BusinessException("year", toYear + "年度已有督导组，不能再复制");
    }
    List<SupervisionGroup> from = groupsOf(fromYear, scope.id());
    if (from.isEmpty()) {
      throw new BusinessException("year", fromYear + "年度没有督导组可复制");
    }
    AssignmentHistory old = history(from);
    LocalDate lastYear = LocalDate.of(fromYear, 12, 31);
    Set<Long> outOfScope = copyMarks(fromYear, toYear, scope);
    // a starting point: last year's areas as they were; areas added since stay uncovered until
    // assigned
    for (SupervisionGroup g : from) {
      SupervisionGroup copy = new SupervisionGroup(toYear, scope.id(), scope.path(), g.name());
      em.persist(copy);
      copy.replaceMembers(g.members());
      em.flush();
      for (RegionRef a : regions.children(scope.id())) {
        if (!outOfScope.contains(a.id())
            && old.groupOn(a.id(), lastYear).filter(id -> id.equals(g.id())).isPresent()) {
          em.persist(new AreaAssignment(copy.id(), a.id(), a.path(), effective));
        }
      }
    }
    em.flush();
    return groups(toYear, scopeId);
  }

  /**
   * Last year's out-of-scope marks for the new year (areas still in the scope, not marked there
   * already); returns every area marked out of the new year's scope.
   */
  private Set<Long> copyMarks(int fromYear, int toYear, RegionRef scope) {
    Map<Long, RegionRef> areas =
        regions.children(scope.id()).stream().collect(Collectors.toMap(RegionRef::id, a -> a));
    Set<Long> marked = new HashSet<>(marks.reasons(toYear, scope.id()).keySet());
    for (OutOfScopeArea m : marks.of(fromYear, scope.id())) {
      RegionRef area = areas.get(m.areaId());
      if (area != null && marked.add(area.id())) {
        em.persist(m.forYear(toYear, area.name()));
      }
    }
    return marked;
  }

  @Override
  @Requires(Permission.READ_SUPERVISION_BOARD)
  public List<OutOfScopeView> outOfScope(int year, long scopeId) {
    RegionRef scope = scope(scopeId);
    Map<Long, String> reasons = marks.reasons(year, scope.id());
    Map<Long, OutOfScopeMarks.Stamp> stamps = marks.stamps(year, scope.id());
    return regions.children(scope.id()).stream()
        .filter(a -> reasons.containsKey(a.id()))
        .map(
            a -> {
              OutOfScopeMarks.Stamp s = stamps.get(a.id());
              return new OutOfScopeView(
                  a.id(),
                  a.name(),
                  reasons.get(a.id()),
                  s == null ? null : s.who(),
                  s == null ? null : s.when());
            })
        .toList();
  }

  @Override
  @Requires(Permission.MANAGE_SUPERVISION)
  public void markOutOfScope(
      int year, long scopeId, long areaId, String reason, LocalDate effective) {
    RegionRef scope = scope(scopeId);
    RegionRef area = areaOf(scope, areaId);
    Optional<OutOfScopeArea> existing = marks.find(year, scope.id(), area.id());
    if (existing.isPresent()) {
      existing.get().changeReason(area.name(), reason);
    } else {
      em.persist(new OutOfScopeArea(year, scope.id(), area.id(), area.path(), area.name(), reason));
    }
    // the group covering it, if any, covers it until the day before
    List<AreaAssignment> stored = assignments(groupsOf(year, scope.id()));
    AssignmentHistory history =
        new AssignmentHistory(stored.stream().map(AreaAssignment::period).toList());
    history
        .release(area.id(), area.name(), effective)
        .ifPresent(closed -> store(List.of(closed), stored, Map.of()));
    em.flush();
  }

  @Override
  @Requires(Permission.MANAGE_SUPERVISION)
  public void unmarkOutOfScope(int year, long scopeId, long areaId) {
    RegionRef scope = scope(scopeId);
    RegionRef area = areaOf(scope, areaId);
    OutOfScopeArea mark =
        marks
            .find(year, scope.id(), area.id())
            .orElseThrow(() -> new NotFoundException(area.name() + "未标记为不在" + year + "年度督导范围内"));
    em.remove(mark);
    em.flush();
  }

  /** An area of the scope (one of its direct children), inside the caller's area. */
  private RegionRef areaOf(RegionRef scope, long areaId) {
    RegionRef area =
        regions.find(areaId).orElseThrow(() -> new NotFoundException("区域不存在：" + areaId));
    caller.get().scope().check(area.path());
    if (area.parentId() == null || area.parentId() != scope.id()) {
      throw new BusinessException("areaId", area.name() + "不是" + scope.name() + "的下级区域");
    }
    return area;
  }

  @Override
  @Requires(Permission.MANAGE_SUPERVISION)
  public List<AreaView> importAssignment(
      int year, long scopeId, String fileName, InputStream content, LocalDate effective) {
    RegionRef scope = scope(scopeId);
    if (effective == null) {
      throw new BusinessException("effective", "请填写分片的生效日期");
    }
    Map<String, SupervisionGroup> byName = new HashMap<>();
    groupsOf(year, scope.id()).forEach(g -> byName.put(g.name(), g));
    Map<Long, List<Long>> plan = new LinkedHashMap<>();
    byName.values().forEach(g -> plan.put(g.id(), new ArrayList<>()));
    List<String> errors = new ArrayList<>();
    for (TableReader.Row row : tables.readAll(fileName, content, 5000)) {
      String groupName = row.get("组别", "督导组", "group");
      String areaName =
          row.get("责任片区", "区域", "村(社区)", "乡镇(街道)", "area_name_as_written", "village", "area");
      SupervisionGroup g = groupName == null ? null : byName.get(groupName);
      if (g == null) {
        errors.add("第" + row.number() + "行：督导组“" + groupName + "”不存在");
        continue;
      }
      Optional<RegionRef> area =
          areaName == null ? Optional.empty() : regions.resolveChild(scope.id(), areaName);
      if (area.isEmpty()) {
        errors.add("第" + row.number() + "行：" + scope.name() + "下找不到“" + areaName + "”");
        continue;
      }
      plan.get(g.id()).add(area.get().id());
    }
    if (!errors.isEmpty()) {
      throw new BusinessException("file", String.join("；", errors));
    }
    return assign(year, scopeId, plan, effective);
  }

  @Override
  public List<GroupView> myGroups(int year) {
    String me = caller.get().username();
    return em
        .createQuery(
            "select distinct g from SupervisionGroup g join g.members m where g.year = :y and m.username = :me",
            SupervisionGroup.class)
        .setParameter("y", year)
        .setParameter("me", me)
        .getResultList()
        .stream()
        .map(g -> view(g, regions.children(g.scopeId()), LocalDate.now(CHINA)))
        .toList();
  }

  @Override
  @Requires(Permission.RECORD_SUPERVISION_VISITS)
  public long recordVisit(
      long groupId, long areaId, LocalDate date, String membersPresent, String findings) {
    SupervisionGroup g = memberGroup(groupId);
    if (history(List.of(g)).groupOn(areaId, date == null ? LocalDate.now(CHINA) : date).isEmpty()) {
      throw new AccessDeniedException("该区域当日不在" + g.name() + "的责任片区内");
    }
    Visit v = new Visit(g.id(), areaId, date, membersPresent, findings, caller.get().username());
    em.persist(v);
    em.flush();
    return v.id();
  }

  @Override
  @Requires(Permission.RECORD_SUPERVISION_VISITS)
  public IssueView raiseIssue(
      long visitId, String description, LocalDate deadline, String responsible) {
    Visit v = em.find(Visit.class, visitId);
    if (v == null) {
      throw new NotFoundException("督导记录不存在：" + visitId);
    }
    memberGroup(v.groupId());
    RegionRef area = regions.find(v.areaId()).orElseThrow();
    Rectification r = new Rectification(v, area.path(), description, deadline, responsible);
    em.persist(r);
    em.flush();
    return issue(r);
  }

  @Override
  @Requires(Permission.RECORD_SUPERVISION_VISITS)
  public IssueView closeIssue(long issueId, String evidence) {
    Rectification r = em.find(Rectification.class, issueId);
    if (r == null) {
      throw new NotFoundException("问题不存在：" + issueId);
    }
    memberGroup(r.groupId());
    r.close(LocalDate.now(CHINA), evidence);
    return issue(r);
  }

  @Override
  public List<IssueView> issues(boolean overdueOnly) {
    Caller c = caller.get();
    List<Rectification> found;
    if (c.has(Role.SUPERVISOR)
        && !c.hasAny(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.LEADER)) {
      found =
          em.createQuery(
                  "select r from Rectification r where r.groupId in (select g.id from SupervisionGroup g join g.members m where m.username = :me) order by r.deadline",
                  Rectification.class)
              .setParameter("me", c.username())
              .getResultList();
    } else {
      found =
          em.createQuery(
                  "select r from Rectification r where r.areaPath like :scope order by r.deadline",
                  Rectification.class)
              .setParameter("scope", c.scope().likePattern())
              .getResultList();
    }
    LocalDate today = LocalDate.now(CHINA);
    return found.stream().filter(r -> !overdueOnly || r.overdue(today)).map(this::issue).toList();
  }

  private IssueView issue(Rectification r) {
    SupervisionGroup g = em.find(SupervisionGroup.class, r.groupId());
    return new IssueView(
        r.id(),
        r.groupId(),
        g.name(),
        r.areaId(),
        regions.find(r.areaId()).map(RegionRef::name).orElse("?"),
        r.description(),
        r.deadline(),
        r.responsible(),
        r.status() == RectificationStatus.CLOSED,
        r.closedOn(),
        r.evidence(),
        r.overdue(LocalDate.now(CHINA)));
  }

  /** A group the caller may work in: a member of it, or an administrator of its scope. */
  private SupervisionGroup memberGroup(long groupId) {
    SupervisionGroup g = group(groupId);
    Caller c = caller.get();
    if (g.hasMember(c.username())
        || (c.hasAny(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER)
            && c.scope().contains(g.scopePath()))) {
      return g;
    }
    throw new AccessDeniedException("无权访问：您不是" + g.name() + "的成员");
  }

  private SupervisionGroup group(long id) {
    SupervisionGroup g = em.find(SupervisionGroup.class, id);
    if (g == null) {
      throw new NotFoundException("督导组不存在：" + id);
    }
    caller.get().scope().check(g.scopePath());
    return g;
  }

  /** Administrators see any scope in their area; members see only the scopes of their groups. */
  private RegionRef scope(long scopeId) {
    RegionRef s =
        regions.find(scopeId).orElseThrow(() -> new NotFoundException("区域不存在：" + scopeId));
    Caller c = caller.get();
    c.scope().check(s.path());
    if (!c.hasAny(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OFFICER, Role.LEADER)) {
      throw new AccessDeniedException("无权访问：督导组成员只能查看本组的责任片区");
    }
    return s;
  }

  private List<SupervisionGroup> groupsOf(int year, long scopeId) {
    return em.createQuery(
            "select g from SupervisionGroup g where g.year = :y and g.scopeId = :s order by g.id",
            SupervisionGroup.class)
        .setParameter("y", year)
        .setParameter("s", scopeId)
        .getResultList();
  }

  private List<AreaAssignment> assignments(List<SupervisionGroup> groups) {
    if (groups.isEmpty()) {
      return new ArrayList<>();
    }
    return em.createQuery(
            "select a from AreaAssignment a where a.groupId in :g", AreaAssignment.class)
        .setParameter("g", groups.stream().map(SupervisionGroup::id).toList())
        .getResultList();
  }

  private AssignmentHistory history(List<SupervisionGroup> groups) {
    return new AssignmentHistory(assignments(groups).stream().map(AreaAssignment::period).toList());
  }

  /** A group with the areas of its scope ({@code scopeAreas}) it covers on {@code date}. */
  private GroupView view(SupervisionGroup g, List<RegionRef> scopeAreas, LocalDate date) {
    AssignmentHistory h = history(List.of(g));
    List<AreaView> areas = new ArrayList<>();
    scopeAreas.forEach(
        a ->
            h.groupOn(a.id(), date)
                .ifPresent(id -> areas.add(new AreaView(a.id(), a.name(), id, g.name(), null))));
    return new GroupView(
        g.id(),
        g.year(),
        g.scopeId(),
        g.name(),
        g.members().stream()
            .map(
                m ->
                    new GroupView.MemberView(
                        m.name(), m.title(), m.role(), m.username(), m.phone()))
            .toList(),
        areas);
  }
}
