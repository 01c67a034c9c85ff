package org.canbao.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;
import org.canbao.supervision.api.AreaView;
import org.canbao.supervision.api.GroupView;
import org.canbao.supervision.api.SupervisionFacade;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;

/**
 * 分片包干: every area of the administrator's scope with its group; reassign by picking a group per
 * area and saving from a date (refused, naming the areas, unless each has exactly one group); copy
 * last year's groups; import the assignment from the notices' attachment; Excel export.
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
      this.groupId = area.groupId();
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
    load();
  }

  public void load() {
    scope = scopes.stream().filter(r -> r.id() == scopeId).findFirst().orElse(scope);
    groups = supervision.groups(year, scope.id());
    rows = supervision.board(year, scope.id(), asOf).stream().map(Row::new).toList();
  }

  public void save() {
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
    supervision.copyYear(year - 1, year, scope.id(), LocalDate.of(year - 1, 10, 1));
    Pages.info("已复制" + (year - 1) + "年度督导组");
    load();
  }

  public void upload(FileUploadEvent event) throws IOException {
    supervision.importAssignment(year, scope.id(), event.getFile().getFileName(), event.getFile().getInputStream(), effective);
    Pages.info("已按文件导入分片");
    asOf = effective;
    load();
  }

  public String members(GroupView g) {
    return g.members().stream().map(m -> m.role() + " " + m.name() + (m.title() == null ? "" : "（" + m.title() + "）"))
        .reduce((a, b) -> a + "；" + b).orElse("");
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
