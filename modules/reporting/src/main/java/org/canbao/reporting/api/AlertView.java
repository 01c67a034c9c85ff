package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert as lists and the API show it: the person (ID number masked for callers who do not work
 * with individuals), village and township, the group and the line crossed, the year's figures so
 * far (through {@code throughMonth}), whether the latest figures are still over the line, the state
 * with who set it and when, the day its next step is due and whether it is overdue, and the
 * departments asked for help.
 */
public record AlertView(
    long id,
    int year,
    String idNumber,
    String name,
    long villageId,
    String villageName,
    String townshipName,
    AlertGroup group,
    BigDecimal lineAmount,
    BigDecimal selfBurden,
    BigDecimal selfPaid,
    BigDecimal selfFunded,
    BigDecimal totalCost,
    BigDecimal basicInsurance,
    BigDecimal criticalIllness,
    BigDecimal medicalAssistance,
    int throughMonth,
    boolean overLine,
    AlertState state,
    String stateBy,
    Instant stateSince,
    LocalDate dueOn,
    boolean overdue,
    String departments,
    Instant createdAt)
    implements Serializable {

  public String groupLabel() {
    return group.label();
  }

  public String stateLabel() {
    return state.label();
  }

  /** "2024年1-5月": the months the figures cover. */
  public String period() {
    return year + "年1-" + throughMonth + "月";
  }
}
