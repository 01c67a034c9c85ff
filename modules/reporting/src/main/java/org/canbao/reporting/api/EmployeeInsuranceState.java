package org.canbao.reporting.api;

/** Where a person's employee insurance of the year stands in the tracking ledger (职工医保跟踪台账). */
public enum EmployeeInsuranceState {
  INSURED("在保"),
  STOPPED("已停保");

  private final String label;

  EmployeeInsuranceState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
