package org.canbao.reporting.api;

/** The answer of a status check: the only thing a medical institution learns about the person. */
public enum StatusCheckResult {
  INSURED("已参保"),
  /** Enrolled, benefits start later: "待遇自…起享受" (waiting period, or next year's enrollment). */
  WAITING("待遇尚未开始"),
  /**
   * Also the answer for an ID number nobody is registered under: the two must not be told apart.
   */
  NOT_INSURED("未参保");

  private final String label;

  StatusCheckResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
