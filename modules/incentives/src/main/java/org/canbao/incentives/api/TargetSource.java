package org.canbao.incentives.api;

/** Where a village's target came from. */
public enum TargetSource {
  DEFAULT("按比例生成"),
  IMPORTED("按任务表导入"),
  EDITED("手工调整");

  private final String label;

  TargetSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
