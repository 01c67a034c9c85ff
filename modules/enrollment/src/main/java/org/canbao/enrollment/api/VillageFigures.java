package org.canbao.enrollment.api;

import java.io.Serializable;

/**
 * One village's figures for a year as of a date (see {@link ProgressFacade}): registered people and
 * how many are insured in each way; the same for the people of the two sub-targets (low-income,
 * poverty-alleviated) holding such an identity on the date.
 */
public record VillageFigures(
    long villageId,
    String villageName,
    long townshipId,
    String townshipName,
    long registered,
    long resident,
    long employee,
    long outside,
    long lowIncome,
    long lowIncomeInsured,
    long povertyAlleviated,
    long povertyAlleviatedInsured)
    implements Serializable {

  /** Everyone who counts toward the target: resident, employee and outside-the-district insured. */
  public long insured() {
    return resident + employee + outside;
  }
}
