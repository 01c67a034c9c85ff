package org.canbao.web.regions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.RegionDraft;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionView;
import org.canbao.kernel.api.Role;
import org.canbao.web.faces.Pages;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The region tree of the caller's area (loaded level by level), the selected region's details and
 * name history, and the edits an administrator may make.
 */
@Named
@ViewScoped
public class RegionTree implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RegionFacade regions;
  @Inject CurrentCaller caller;

  private TreeNode<RegionView> root;
  private TreeNode<RegionView> selectedNode;
  private RegionView selected;
  private Long regionId;
  private String searchText;
  private List<RegionView> searchResults = List.of();

  // edit form
  private String code;
  private LocalDate validFrom;
  private LocalDate validTo;
  // rename / former name / child forms
  private String newName;
  private LocalDate effective;
  private LocalDate formerTo;
  private String note;
  private String childName;
  private String childCode;

  @PostConstruct
  void init() {
    root = new DefaultTreeNode<>(null, null);
    RegionView top = regions.callerRegion();
    TreeNode<RegionView> node = node(top, root);
    node.setExpanded(true);
    loadChildren(node);
  }

  /** Opens a region given as {@code ?id=}; outside the caller's area this is refused. */
  public void open() {
    if (regionId != null) {
      show(regions.region(regionId));
    }
  }

  private TreeNode<RegionView> node(RegionView r, TreeNode<RegionView> parent) {
    DefaultTreeNode<RegionView> n = new DefaultTreeNode<>(r.level().name(), r, parent);
    if (!r.isLeaf()) {
      new DefaultTreeNode<RegionView>("loading", null, n);
    }
    return n;
  }

  private void loadChildren(TreeNode<RegionView> node) {
    node.getChildren().clear();
    for (RegionView c : regions.children(node.getData().id())) {
      node(c, node);
    }
  }

  public void onExpand(NodeExpandEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<RegionView> node = (TreeNode<RegionView>) event.getTreeNode();
    loadChildren(node);
  }

  public void onSelect(NodeSelectEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<RegionView> node = (TreeNode<RegionView>) event.getTreeNode();
    show(regions.region(node.getData().id()));
  }

  public void search() {
    searchResults = regions.search(searchText, 50);
    if (searchResults.isEmpty()) {
      Pages.info("没有找到名称包含“" + searchText + "”的区域");
    }
  }

  public void pick(RegionView r) {
    show(regions.region(r.id()));
  }

  private void show(RegionView r) {
    selected = r;
    code = r.code();
    validFrom = r.validFrom();
    validTo = r.validTo();
    newName = null;
    effective = null;
    childName = null;
    childCode = null;
    note = null;
  }

  public boolean isEditable() {
    var c = caller.get();
    return selected != null
        && (c.has(Role.SYSTEM_ADMIN)
            || (c.has(Role.DISTRICT_ADMIN) && selected.id() != c.scope().regionId()));
  }

  public boolean isCanAddChild() {
    var c = caller.get();
    return selected != null
        && selected.level() != RegionLevel.VILLAGE
        && (c.has(Role.SYSTEM_ADMIN) || c.has(Role.DISTRICT_ADMIN));
  }

  public void save() {
    show(
        regions.update(
            selected.id(),
            new RegionDraft(
                selected.parentId(), code, selected.name(), selected.level(), validFrom, validTo)));
    Pages.info("已保存" + selected.name());
  }

  public void rename() {
    show(regions.rename(selected.id(), newName, effective, note));
    Pages.info("已更名为" + selected.name() + "，原名称保留在名称历史中");
  }

  public void addFormerName() {
    show(regions.addFormerName(selected.id(), newName, effective, formerTo, note));
    Pages.info("已添加曾用名");
  }

  public void addChild() {
    if (childName == null || childName.isBlank()) {
      throw new BusinessException("name", "请输入下级区域名称");
    }
    RegionView child =
        regions.create(
            new RegionDraft(
                selected.id(), childCode, childName, selected.level().childLevel(), null, null));
    Pages.info("已新增" + child.level().label() + "：" + child.name());
    show(regions.region(selected.id()));
    init();
  }

  public TreeNode<RegionView> getRoot() {
    return root;
  }

  public TreeNode<RegionView> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<RegionView> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public RegionView getSelected() {
    return selected;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getSearchText() {
    return searchText;
  }

  public void setSearchText(String searchText) {
    this.searchText = searchText;
  }

  public List<RegionView> getSearchResults() {
    return searchResults;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public void setEffective(LocalDate effective) {
    this.effective = effective;
  }

  public LocalDate getFormerTo() {
    return formerTo;
  }

  public void setFormerTo(LocalDate formerTo) {
    this.formerTo = formerTo;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getChildName() {
    return childName;
  }

  public void setChildName(String childName) {
    this.childName = childName;
  }

  public String getChildCode() {
    return childCode;
  }

  public void setChildCode(String childCode) {
    this.childCode = childCode;
  }
}
