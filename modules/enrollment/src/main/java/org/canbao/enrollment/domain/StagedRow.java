package org.canbao.enrollment.domain;

import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.ImportError;

/**
 * One checked row of a name list, ready for staging: the parsed values, the village it resolved to,
 * or the errors that reject it.
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
    List<ImportError> errors) {

  public boolean rejected() {
    return !errors.isEmpty();
  }
}
