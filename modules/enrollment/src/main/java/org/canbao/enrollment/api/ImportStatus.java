package org.canbao.enrollment.api;

/** Where an import batch is: checked in the background, then committed on request. */
public enum ImportStatus {
  CHECKING("预检中"),
  CHECKED("预检完成"),
  COMMITTING("导入中"),
  COMMITTED("已导入"),
  FAILED("失败");

  private final String label;

  ImportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean running() {
    return this == CHECKING || this == COMMITTING;
  }
}
