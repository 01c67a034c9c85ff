package org.canbao.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.canbao.kernel.api.InsuredType;
import org.canbao.subsidies.api.CategoryDraft;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.canbao.web.faces.Pages;

/**
 * Identity categories: reference data administrators add and edit; no code change for a new one.
 */
@Named
@ViewScoped
public class CategoryAdmin implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CategoryFacade categories;

  private List<CategoryView> list;
  private Long editingId;
  private String code;
  private String name;
  private String department;
  private CategoryGroup group = CategoryGroup.OTHER;
  private boolean active = true;
  private int sortOrder = 500;
  private WaitingPeriodExemption waiting = WaitingPeriodExemption.NONE;
  private InsuredType insuredType = InsuredType.RESIDENT;

  @PostConstruct
  void load() {
    list = categories.list(true);
  }

  public void startCreate() {
    editingId = null;
    code = null;
    name = null;
    department = null;
    group = CategoryGroup.OTHER;
    active = true;
    sortOrder = 500;
    waiting = WaitingPeriodExemption.NONE;
    insuredType = InsuredType.RESIDENT;
  }

  public void startEdit(CategoryView c) {
    editingId = c.id();
    code = c.code();
    name = c.name();
    department = c.certifyingDepartment();
    group = c.group();
    active = c.active();
    sortOrder = c.sortOrder();
    waiting = c.waitingPeriodExemption();
    insuredType = c.insuredType();
  }

  public void save() {
    CategoryDraft d =
        new CategoryDraft(code, name, department, group, active, sortOrder, waiting, insuredType);
    if (editingId == null) {
      categories.create(d);
    } else {
      categories.update(editingId, d);
    }
    Pages.info("已保存身份类别：" + name);
    load();
  }

  public WaitingPeriodExemption[] getExemptions() {
    return WaitingPeriodExemption.values();
  }

  public WaitingPeriodExemption getWaiting() {
    return waiting;
  }

  public void setWaiting(WaitingPeriodExemption waiting) {
    this.waiting = waiting;
  }

  /**
   * The standards a category's people may pay: residents' or college students' (newborns are no
   * category).
   */
  public InsuredType[] getInsuredTypes() {
    return new InsuredType[] {InsuredType.RESIDENT, InsuredType.COLLEGE_STUDENT};
  }

  public InsuredType getInsuredType() {
    return insuredType;
  }

  public void setInsuredType(InsuredType insuredType) {
    this.insuredType = insuredType;
  }

  public CategoryGroup[] getGroups() {
    return CategoryGroup.values();
  }

  public List<CategoryView> getList() {
    return list;
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public CategoryGroup getGroup() {
    return group;
  }

  public void setGroup(CategoryGroup group) {
    this.group = group;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }
}
