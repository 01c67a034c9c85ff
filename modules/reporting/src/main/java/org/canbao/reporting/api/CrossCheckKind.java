package org.canbao.reporting.api;

/**
 * The comparisons with enrollment the notices ask for (DOMAIN.md §6), each feeding the follow-up
 * ledger.
 */
public enum CrossCheckKind {
  /**
   * The registered population of each village (公安户籍) against enrollment: the uninsured list per
   * village.
   */
  REGISTER("户籍人口比对"),
  /** The identity lists departments brought in (民政、乡村振兴、残联…) against enrollment. */
  DEPARTMENT("部门名单比对"),
  /**
   * The people newly identified in a month (identities certified that month) against enrollment:
   * the new-poor ledger.
   */
  NEW_POOR("新识别人员比对"),
  /** A medical institution found an uninsured patient at admission (即保即享受). */
  HOSPITAL("医疗机构报告"),
  /**
   * Monthly: people whose employee insurance of the year stopped by the end of the month and who
   * are not insured otherwise for the year (职工医保跟踪台账).
   */
  EMPLOYEE_LAPSE("职工医保断保核查"),
  /**
   * From 1 September before the insurance year: last year's college students (insured as 在渝高校大学生,
   * or found insured at a university elsewhere) not insured for the year (大学生参保跟踪台账).
   */
  COLLEGE("大学生参保核查");

  private final String label;

  CrossCheckKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
