package org.canbao.kernel.api;

/** Whether a district's insurance year is closed (年度锁定) or was reopened. */
public enum YearState {
  CLOSED("已锁定"),
  REOPENED("已解除锁定");

  private final String label;

  YearState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
