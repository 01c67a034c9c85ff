package org.canbao.reporting.api;

/**
 * Why a registered person is not insured here — the list of the Fuling notices' uninsured ledger
 * (DOMAIN.md §6). The first three mean the person is insured elsewhere: they make the out-of-city
 * ledger (市外参保台账).
 */
public enum FollowUpReason {
  EMPLOYER_ELSEWHERE("在外地单位参加职工医保", true),
  ELDERLY_WITH_CHILDREN("随子女在外地居住并参保", true),
  STUDENT_ELSEWHERE("在外地高校参保的大学生", true),
  DECEASED("已死亡", false),
  MILITARY("服兵役", false),
  MARRIED_OUT("婚嫁外出", false),
  HOUSEHOLD_MOVED("户口迁出", false),
  MISSING("失踪", false),
  OTHER("其他", false);

  private final String label;
  private final boolean insuredElsewhere;

  FollowUpReason(String label, boolean insuredElsewhere) {
    this.label = label;
    this.insuredElsewhere = insuredElsewhere;
  }

  public String label() {
    return label;
  }

  /** Insured elsewhere: the out-of-city ledger is the ledger's view of these. */
  public boolean insuredElsewhere() {
    return insuredElsewhere;
  }
}
