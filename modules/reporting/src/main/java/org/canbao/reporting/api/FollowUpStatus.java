package org.canbao.reporting.api;

/**
 * Where the follow-up of an uninsured person stands: 待联系 → 已联系 → 已参保 / 原因已核实 / 无法解决. Village
 * officers contact people and record enrolments; the two conclusions without an enrolment (the
 * reason proven, or nothing more to be done) are the township's review.
 */
public enum FollowUpStatus {
  TO_CONTACT("待联系", false),
  CONTACTED("已联系", false),
  ENROLLED("已参保", false),
  REASON_PROVEN("原因已核实", true),
  UNRESOLVED("无法解决", true);

  private final String label;
  private final boolean review;

  FollowUpStatus(String label, boolean review) {
    this.label = label;
    this.review = review;
  }

  public String label() {
    return label;
  }

  /** A conclusion only a reviewer (the township, 社保所) may set. */
  public boolean review() {
    return review;
  }
}
