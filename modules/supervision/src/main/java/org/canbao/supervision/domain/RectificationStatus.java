package org.canbao.supervision.domain;

/**
 * Where an issue raised on a visit stands: open until closed (销号) with evidence of the
 * rectification.
 */
public enum RectificationStatus {
  OPEN("待整改"),
  CLOSED("已销号");

  private final String label;

  RectificationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
