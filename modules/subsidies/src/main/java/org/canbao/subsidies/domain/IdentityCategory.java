package org.canbao.subsidies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.InsuredType;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.hibernate.envers.Audited;

/** A category of people certified by a department (低保对象 by 民政局, 稳定脱贫人口 by 乡村振兴局 …). */
@Entity
@Table(schema = "subsidies", name = "identity_category")
@Audited
public class IdentityCategory {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, unique = true, length = 60)
  private String name;

  @Column(name = "certifying_department", nullable = false, length = 60)
  private String certifyingDepartment;

  @Enumerated(EnumType.STRING)
  @Column(name = "category_group", nullable = false, length = 30)
  private CategoryGroup group;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Enumerated(EnumType.STRING)
  @Column(name = "waiting_period_exemption", nullable = false, length = 20)
  private WaitingPeriodExemption waitingPeriodExemption = WaitingPeriodExemption.NONE;

  /** The contribution standard the category's people pay (困难大学生: the college students'). */
  @Enumerated(EnumType.STRING)
  @Column(name = "insured_type", nullable = false, length = 20)
  private InsuredType insuredType = InsuredType.RESIDENT;

  @Version private int version;

  protected IdentityCategory() {}

  public IdentityCategory(
      String code, String name, String department, CategoryGroup group, int sortOrder) {
    if (code == null || !code.strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
      throw new BusinessException("code", "类别代码应为大写字母、数字或下划线（如 DIBAO）");
    }
    this.code = code.strip();
    describe(name, department, group, true, sortOrder);
  }

  /**
   * Who of this category skips the waiting period when paying late (see {@link
   * WaitingPeriodExemption}).
   */
  public void exemptFromWaiting(WaitingPeriodExemption exemption) {
    this.waitingPeriodExemption = exemption == null ? WaitingPeriodExemption.NONE : exemption;
  }

  public WaitingPeriodExemption waitingPeriodExemption() {
    return waitingPeriodExemption;
  }

  /** The contribution standard the category's people pay; none given: the residents'. */
  public void paysAs(InsuredType type) {
    this.insuredType = type == null ? InsuredType.RESIDENT : type;
  }

  public InsuredType insuredType() {
    return insuredType;
  }

  public void describe(
      String name, String department, CategoryGroup group, boolean active, int sortOrder) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("name", "类别名称不能为空");
    }
    if (department == null || department.isBlank()) {
      throw new BusinessException("certifyingDepartment", "认定部门不能为空");
    }
    if (group == null) {
      throw new BusinessException("group", "请选择类别分组");
    }
    this.name = name.strip();
    this.certifyingDepartment = department.strip();
    this.group = group;
    this.active = active;
    this.sortOrder = sortOrder;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String certifyingDepartment() {
    return certifyingDepartment;
  }

  public CategoryGroup group() {
    return group;
  }

  public boolean active() {
    return active;
  }

  public int sortOrder() {
    return sortOrder;
  }
}
