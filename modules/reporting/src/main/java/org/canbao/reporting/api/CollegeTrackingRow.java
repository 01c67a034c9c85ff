package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * One student of the college-student tracking ledger (大学生参保跟踪台账) for an insurance year: where
 * registered, why a student (last year 在渝高校大学生, or found insured at a university elsewhere), the
 * state for the year with how the student is insured, and the follow-up item of the year if any.
 */
public record CollegeTrackingRow(
    long personId,
    String idNumber,
    String name,
    String townshipName,
    String villageName,
    int year,
    String lastYear,
    CollegeStudentState state,
    String insuredBy,
    Long followUpId,
    FollowUpStatus followUpStatus,
    FollowUpReason followUpReason,
    int evidenceFiles)
    implements Serializable {

  public String stateLabel() {
    return state.label();
  }

  public String followUpLabel() {
    return followUpStatus == null ? "无" : followUpStatus.label();
  }

  public String reasonLabel() {
    return followUpReason == null ? "" : followUpReason.label();
  }
}
