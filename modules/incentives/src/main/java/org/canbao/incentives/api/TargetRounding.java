package org.canbao.incentives.api;

import java.math.RoundingMode;

/** How a default target is rounded to whole people. */
public enum TargetRounding {
  HALF_UP("四舍五入", RoundingMode.HALF_UP),
  UP("向上取整", RoundingMode.CEILING),
  DOWN("向下取整", RoundingMode.FLOOR);

  private final String label;
  private final RoundingMode mode;

  TargetRounding(String label, RoundingMode mode) {
    this.label = label;
    this.mode = mode;
  }

  public String label() {
    return label;
  }

  public RoundingMode mode() {
    return mode;
  }
}
