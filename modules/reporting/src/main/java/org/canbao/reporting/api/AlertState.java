package org.canbao.reporting.api;

/**
 * Where an alert stands: 新预警 → 已推送乡镇核实 (the district) → 已核实 (the township, with notes and evidence)
 * → 已申请部门帮扶 (to one or more departments) → 已反馈 (every department asked has answered) → 已办结. A
 * verified alert that needs no help may be closed at once.
 */
public enum AlertState {
  NEW("新预警"),
  PUSHED("已推送乡镇核实"),
  VERIFIED("已核实"),
  HELP_REQUESTED("已申请部门帮扶"),
  ANSWERED("已反馈"),
  CLOSED("已办结");

  private final String label;

  AlertState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
