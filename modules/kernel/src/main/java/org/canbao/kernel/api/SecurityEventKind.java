package org.canbao.kernel.api;

/** What the security trail records besides data changes (those are in the Envers revisions). */
public enum SecurityEventKind {
  SIGN_IN_REFUSED("登录被拒绝"),
  ACCESS_DENIED("越权访问被拒绝"),
  ID_NUMBER_REVEALED("查看完整身份证号");

  private final String label;

  SecurityEventKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
