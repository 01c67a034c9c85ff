package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A change request as listed: the person (ID number masked: the full number is on the person's
 * page), what changes from when and why, the evidence file's name if any, and who asked and who
 * decided when.
 */
public record ChangeRequestView(
    long id,
    long personId,
    String personName,
    String maskedId,
    long villageId,
    String villageName,
    ChangeKind kind,
    /** The identity that ends (its category's name), for {@link ChangeKind#IDENTITY_ENDED}. */
    Long identityId,
    String identityName,
    LocalDate date,
    String reason,
    /** The evidence file's name; null without one. */
    String evidenceName,
    ChangeRequestStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote)
    implements Serializable {

  /** "身份终止（低保对象）", "死亡". */
  public String what() {
    return identityName == null ? kind.label() : kind.label() + "（" + identityName + "）";
  }
}
