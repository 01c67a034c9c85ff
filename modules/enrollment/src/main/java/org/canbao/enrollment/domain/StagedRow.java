package org.canbao.enrollment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * One checked row of a name list, ready for staging: the parsed values, the village it resolved to
 * (household lists), the identity (identity lists), or the values only one kind of list has ({@link
 * Details}: the payment of a payment list, the month's figures of a medical-cost extract), or the
 * errors that reject it; and a note for the uploader that does not reject it (null when none).
 */
public record StagedRow(
    int rowNo,
    String idNumber,
    String name,
    String sex,
    LocalDate birthDate,
    String householdNo,
    String relationToHead,
    Long villageId,
    String villagePath,
    String categoryCode,
    String department,
    LocalDate validFrom,
    LocalDate validTo,
    Details details,
    List<ImportError> errors,
    String note,
    HouseholdType householdType) {

  /**
   * What a row of one kind of list carries beyond the person: the kind reads it from the row and
   * stages it, the pipeline only passes it along (so a new kind of list needs no new field here).
   */
  public interface Details {}

  /** A payment as a payment list reports it; {@code paid} (what the person paid) is optional. */
  public record Payment(
      InsuredType insuredType, Tier tier, LocalDate date, PaymentChannel channel, BigDecimal paid)
      implements Details {}

  /** The payment of a payment list's row; null for other kinds of list. */
  public Payment payment() {
    return details instanceof Payment p ? p : null;
  }

  public boolean rejected() {
    return !errors.isEmpty();
  }
}
