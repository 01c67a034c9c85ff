package org.canbao.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;
import org.canbao.supervision.api.AreaView;
import org.canbao.supervision.api.GroupView;
import org.canbao.supervision.api.OutOfScopeView;
import org.canbao.supervision.api.SupervisionFacade;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;

/**
 * 分片包干: every area of the administrator's scope with its group; reassign by picking a group per
 * area and saving from a date (refused, naming the areas, unless each area in the year's scope has
 * exactly one group); mark areas out of the year's scope with a reason, and take them back; copy
 * last year's groups (and marks); import the assignment from the notices' attachment; Excel export.
 */
@Named
@ViewScoped
public class AssignmentBoard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SupervisionFacade supervision;
  @Inject RegionFacade regions;

  /** One area row with the group chosen for it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final AreaView area;
    private Long groupId;

    Row(AreaView area) {
      this.area = area;
      // an area out of the year's scope gets no group in the plan saved from this board
      this.groupId = area.outOfScope() ? null : area.groupId();
    }

    public AreaView getArea() {
      return area;
    }

    public Long getGroupId() {
      return groupId;
    }

    public void setGroupId(Long groupId) {
      this.groupId = groupId;
    }
  }

  private int year = 2023;
  private RegionView scope;
  private Long scopeId;
  private List<RegionView> scopes = List.of();
  private List<GroupView> groups = List.of();
  private List<Row> rows = List.of();
  private List<OutOfScopeView> outOfScope = List.of();
  private Long markAreaId;
  private String markReason;
  private LocalDate effective = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private LocalDate asOf = effective;

  @PostConstruct
  void init() {
    RegionView mine = regions.callerRegion();
    List<RegionView> list = new ArrayList<>();
    list.add(mine);
    if (!mine.isLeaf()) {
      regions.children(mine.id()).stream().filter(r -> !r.isLeaf()).forEach(list::add);
    }
    scopes = list;
    scope = mine;
    scopeId = mine.id();
    try {
      load();
    } catch (AccessDeniedException e) {
      // e.g. a group member who opened the administrators' page by its address
      Pages.error(e.getMessage());
      groups = List.of();
      rows = List.of();
      outOfScope = List.of();
    }
  }

  /** Creates the bean before rendering, so a refusal in its set-up reaches the page's messages. */
  public void ready() {
    // nothing to do: @PostConstruct has run
  }

  private void useChosenScope() {
    scope = scopes.stream().filter(r -> r.id() == scopeId).findFirst().orElse(scope);
  }

  public void load() {
    useChosenScope();
    groups = supervision.groups(year, scope.id());
    rows = supervision.board(year, scope.id(), asOf).stream().map(Row::new).toList();
    outOfScope = supervision.outOfScope(year, scope.id());
  }

  public void save() {
    useChosenScope();
    Map<Long, List<Long>> plan = new LinkedHashMap<>();
    groups.forEach(g -> plan.put(g.id(), new ArrayList<>()));
    for (Row r : rows) {
      if (r.groupId != null) {
        plan.computeIfAbsent(r.groupId, k -> new ArrayList<>()).add(r.area.areaId());
      }
    }
    supervision.assign(year, scope.id(), plan, effective);
    asOf = effective;
    Pages.info("分片已保存，自" + effective + "起生效");
    load();
  }

  public void copyLastYear() {
    useChosenScope();
    supervision.copyYear(year - 1, year, scope.id(), LocalDate.of(year - 1, 10, 1));
    Pages.info("已复制" + (year - 1) + "年度督导组");
    load();
  }

  public void upload(FileUploadEvent event) throws IOException {
    useChosenScope();
    supervision.importAssignment(
        year,
        scope.id(),
        event.getFile().getFileName(),
        event.getFile().getInputStream(),
        effective);
    Pages.info("已按文件导入分片");
    asOf = effective;
    load();
  }

  /**
   * Marks the chosen area out of the year's scope; a group covering it covers it until the day
   * before 生效日期.
   */
  public void markOutOfScope() {
    useChosenScope();
    if (markAreaId == null) {
      throw new BusinessException("markArea", "请选择不在督导范围内的区域");
    }
    String name = areaName(markAreaId);
    supervision.markOutOfScope(year, scope.id(), markAreaId, markReason, effective);
    Pages.info("已标记" + name + "不在" + year + "年度督导范围内");
    markAreaId = null;
    markReason = null;
    load();
  }

  public void unmarkOutOfScope(OutOfScopeView mark) {
    useChosenScope();
    supervision.unmarkOutOfScope(year, scope.id(), mark.areaId());
    Pages.info(mark.areaName() + "已重新纳入" + year + "年度督导范围，请为其选择督导组并保存分片");
    load();
  }

  /** The areas that can still be marked: those in the year's scope. */
  public List<AreaView> getMarkableAreas() {
    return rows.stream().map(Row::getArea).filter(a -> !a.outOfScope()).toList();
  }

  private String areaName(long areaId) {
    return rows.stream()
        .map(Row::getArea)
        .filter(a -> a.areaId() == areaId)
        .map(AreaView::areaName)
        .findFirst()
        .orElse("该区域");
  }

  /** The group column of an area in words, as shown and exported. */
  public String groupLabel(Row r) {
    return r.area.outOfScope()
        ? "不在督导范围内（" + r.area.outOfScopeReason() + "）"
        : groupName(r.groupId);
  }

  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"))
            .format(at);
  }

  private Long editingGroupId;
  private String groupName;
  private String membersText;

  public void startNewGroup() {
    editingGroupId = null;
    groupName = null;
    membersText = "组长,姓名,职务,用户名(可空),电话(可空)";
  }

  public void startEditGroup(GroupView g) {
    editingGroupId = g.id();
    groupName = g.name();
    membersText =
        g.members().stream()
            .map(
                m ->
                    String.join(
                        ",", m.role(), m.name(), nz(m.title()), nz(m.username()), nz(m.phone())))
            .reduce((a, b) -> a + "\n" + b)
            .orElse("");
  }

  /** Members one per line: role (组长/副组长/成员), name, title, user name, phone. */
  public void saveGroup() {
    useChosenScope();
    List<GroupView.MemberView> members = new ArrayList<>();
    int line = 0;
    for (String row : (membersText == null ? "" : membersText).split("\\R")) {
      line++;
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split("[,，]", -1);
      if (f.length < 2 || f[1].isBlank()) {
        throw new BusinessException("members", "成员第" + line + "行应为：职务,姓名,头衔,用户名,电话");
      }
      members.add(
          new GroupView.MemberView(
              f[1].strip(),
              f.length > 2 ? f[2].strip() : null,
              f[0].strip(),
              f.length > 3 ? f[3].strip() : null,
              f.length > 4 ? f[4].strip() : null));
    }
    supervision.saveGroup(year, scope.id(), editingGroupId, groupName, members);
    Pages.info("已保存督导组：" + groupName);
    load();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public String getMembersText() {
    return membersText;
  }

  public void setMembersText(String membersText) {
    this.membersText = membersText;
  }

  /** The name of the group planned for an area (empty when none is chosen). */
  public String groupName(Long groupId) {
    return groupId == null
        ? "（未分配）"
        : groups.stream()
            .filter(g -> g.id() == groupId)
            .map(GroupView::name)
            .findFirst()
            .orElse("");
  }

  public String members(GroupView g) {
    return g.members().stream()
        .map(m -> m.role() + " " + m.name() + (m.title() == null ? "" : "（" + m.title() + "）"))
        .reduce((a, b) -> a + "；" + b)
        .orElse("");
  }

  public List<OutOfScopeView> getOutOfScope() {
    return outOfScope;
  }

  public Long getMarkAreaId() {
    return markAreaId;
  }

  public void setMarkAreaId(Long markAreaId) {
    this.markAreaId = markAreaId;
  }

  public String getMarkReason() {
    return markReason;
  }

  public void setMarkReason(String markReason) {
    this.markReason = markReason;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<RegionView> getScopes() {
    return scopes;
  }

  public Long getScopeId() {
    return scopeId;
  }

  public void setScopeId(Long scopeId) {
    this.scopeId = scopeId;
  }

  public RegionView getScope() {
    return scope;
  }

  public List<GroupView> getGroups() {
    return groups;
  }

  public List<Row> getRows() {
    return rows;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public void setEffective(LocalDate effective) {
    this.effective = effective;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
