package org.canbao.incentives.api;

/**
 * The life of a year-end evaluation: drafted, reviewed by the township, confirmed and published by
 * the district.
 */
public enum EvaluationStatus {
  DRAFT("草稿"),
  REVIEWED("乡镇已审核"),
  CONFIRMED("区县已确认"),
  PUBLISHED("已公布"),
  /** A published result replaced by a correction (a new version, with its reason). */
  SUPERSEDED("已更正（被新版本取代）");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
