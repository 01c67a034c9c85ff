package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One person of the employee-insurance tracking ledger (职工医保跟踪台账) for a year: where registered, 在保
 * or 已停保 with the day and the reason, how the person is insured now for the year (null: not
 * insured), the last day a resident payment still spares the waiting period (3 months after the
 * stop), and the follow-up item of the year if a check made one.
 */
public record EmployeeTrackingRow(
    long recordId,
    long personId,
    String idNumber,
    String name,
    String townshipName,
    String villageName,
    int year,
    EmployeeInsuranceState state,
    LocalDate stoppedOn,
    String stopReason,
    LocalDate recordedOn,
    String insuredNow,
    LocalDate waitingExemptUntil,
    Long followUpId,
    FollowUpStatus followUpStatus)
    implements Serializable {

  public String stateLabel() {
    return state.label();
  }

  /** "待联系", "已参保"…, or "无" when no check made an item. */
  public String followUpLabel() {
    return followUpStatus == null ? "无" : followUpStatus.label();
  }

  public String insuredNowLabel() {
    return insuredNow == null ? "未参保" : insuredNow;
  }
}
