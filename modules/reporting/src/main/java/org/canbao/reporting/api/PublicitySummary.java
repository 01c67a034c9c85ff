package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The publicity summary of an area for a year as of a date: one row per township (per village for a
 * township), then the total row, which is the sum of the rows. {@code povertyCategories} are the
 * identity categories counted as 脱贫人口 (the year's campaign settings); {@code povertyOnly}: only
 * subsidised people of the poverty-alleviated population are counted (the Fuling attachment's
 * scope), otherwise every subsidised person.
 */
public record PublicitySummary(
    long areaId,
    String areaName,
    int year,
    LocalDate asOf,
    boolean povertyOnly,
    Set<String> povertyCategories,
    String title,
    List<PublicityRow> rows)
    implements Serializable {

  public PublicityRow totalRow() {
    return rows.get(rows.size() - 1);
  }
}
