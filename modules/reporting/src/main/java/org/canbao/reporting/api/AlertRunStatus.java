package org.canbao.reporting.api;

/** How a computation of alerts ended. */
public enum AlertRunStatus {
  RUNNING("计算中"),
  DONE("已完成"),
  NO_LINES("未设置预警线"),
  FAILED("计算失败");

  private final String label;

  AlertRunStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
