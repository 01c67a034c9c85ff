package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An alert with everything behind it: the verification note, its history (who did what when), the
 * help asked of departments and their answers, the evidence files, and the months of costs the
 * figures come from.
 */
public record AlertDetail(
    AlertView alert,
    String verifyNote,
    List<StepView> steps,
    List<HelpView> help,
    List<FollowUpView.EvidenceView> evidence,
    List<CostMonth> months)
    implements Serializable {

  /** One step of the history. */
  public record StepView(
      AlertState from,
      AlertState to,
      String act,
      String note,
      String departments,
      String by,
      Instant at)
      implements Serializable {}

  /** Help asked of one department, and its answer (null while outstanding). */
  public record HelpView(
      long id,
      String department,
      String requestNote,
      String requestedBy,
      Instant requestedAt,
      String answer,
      String answeredBy,
      Instant answeredAt)
      implements Serializable {
    public boolean answered() {
      return answeredAt != null;
    }
  }

  /** A month's figures as imported: the month's own, or the year's up to it (cumulative). */
  public record CostMonth(
      int month,
      boolean cumulative,
      BigDecimal totalCost,
      BigDecimal basicInsurance,
      BigDecimal criticalIllness,
      BigDecimal medicalAssistance,
      BigDecimal selfPaid,
      BigDecimal selfFunded,
      long batchId)
      implements Serializable {
    public String scopeLabel() {
      return cumulative ? "年度累计" : "当月";
    }
  }
}
