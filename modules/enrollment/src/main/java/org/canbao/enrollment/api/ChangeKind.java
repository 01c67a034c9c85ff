package org.canbao.enrollment.api;

/**
 * What a change request (变更申请) asks to change of a person. Each kind, once approved, is one of the
 * registry's own changes: an identity's end date, or the person's status from a date.
 */
public enum ChangeKind {
  /** 身份终止: the identity named in the request ends on the date. */
  IDENTITY_ENDED("身份终止", null),
  /** 死亡: the person died on the date. */
  DECEASED("死亡", PersonStatus.DECEASED),
  /** 迁出: the household registration moved out of the district on the date. */
  MOVED_OUT("迁出", PersonStatus.MOVED_OUT);

  private final String label;
  private final PersonStatus status;

  ChangeKind(String label, PersonStatus status) {
    this.label = label;
    this.status = status;
  }

  public String label() {
    return label;
  }

  /** The person's status from the date, for a change of status; null for an identity's end. */
  public PersonStatus status() {
    return status;
  }
}
