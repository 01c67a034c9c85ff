package org.canbao.enrollment.api;

/** Where a change request stands: waiting for the township, approved (applied) or rejected. */
public enum ChangeRequestStatus {
  PENDING("待审批"),
  APPROVED("已批准"),
  REJECTED("已驳回");

  private final String label;

  ChangeRequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
