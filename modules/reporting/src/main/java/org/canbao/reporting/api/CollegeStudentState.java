package org.canbao.reporting.api;

/** Where a college student stands for the insurance year in the tracking ledger (大学生参保跟踪台账). */
public enum CollegeStudentState {
  /**
   * An active record of the year here (resident payment, employee insurance, following a guardian).
   */
  INSURED_HERE("已在本地参保"),
  /**
   * Insured outside the district with evidence, or the ledger's reason 'student insured at a
   * university elsewhere' with an evidence file.
   */
  INSURED_AT_SCHOOL("已在就读地参保(有佐证)"),
  NOT_INSURED("未参保");

  private final String label;

  CollegeStudentState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
