package org.canbao.enrollment.api;

import org.canbao.kernel.api.Permission;

/** The lists the registry takes in. */
public enum ImportKind {
  HOUSEHOLD_REGISTER("公安户籍名单", Permission.IMPORT_HOUSEHOLD_REGISTERS),
  IDENTITY_LIST("部门身份名单", Permission.IMPORT_IDENTITY_LISTS),
  /**
   * Payments as the tax bureau reports them; priced at the check, recorded (frozen) at the commit.
   */
  PAYMENT_LIST("缴费名单", Permission.IMPORT_PAYMENT_LISTS),
  /**
   * The medical-insurance system's monthly extract of medical costs per person (医疗费用明细), for the
   * return-to-poverty monitoring (DOMAIN.md §11); a month imported again replaces that month.
   */
  MEDICAL_COSTS("医疗费用明细", Permission.IMPORT_MEDICAL_COSTS);

  private final String label;
  private final Permission permission;

  ImportKind(String label, Permission permission) {
    this.label = label;
    this.permission = permission;
  }

  /** The permission a caller needs to upload a list of this kind. */
  public Permission permission() {
    return permission;
  }

  public String label() {
    return label;
  }
}
