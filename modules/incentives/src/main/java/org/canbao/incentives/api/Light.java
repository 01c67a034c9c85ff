package org.canbao.incentives.api;

/** The traffic light of a scorecard line, by the thresholds of the year's settings. */
public enum Light {
  GREEN("绿"),
  YELLOW("黄"),
  RED("红"),
  /** No target: not scored. */
  NONE("—");

  private final String label;

  Light(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
