package org.canbao.enrollment.api;

/** The lists the registry takes in. */
public enum ImportKind {
  HOUSEHOLD_REGISTER("公安户籍名单"),
  IDENTITY_LIST("部门身份名单"),
  /** Payments as the tax bureau reports them; priced at the check, recorded (frozen) at the commit. */
  PAYMENT_LIST("缴费名单");

  private final String label;

  ImportKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
