package org.canbao.enrollment.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The campaign's figures as enrollment knows them, for the modules that score and report them
 * (incentives, reporting): they read them here, never enrollment's tables. Figures are for an
 * insurance year as of a date, per village inside an area of the caller's.
 *
 * <p>"目标数包含职工医保和居民医保参保数，以及在区外参保人数" (Songgai 2023, attachment 1): a person counts as insured when
 * they have, for the year, an active resident payment made on or before the date, a newborn's
 * record following its guardian, employee insurance or insurance outside the district recorded by
 * the date. Registered are the people whose household was in the village on the date and whose
 * status was normal then.
 */
public interface ProgressFacade {
  /**
   * Every village inside {@code areaId} (a district, township or village of the caller's area) with
   * its figures for {@code year} as of {@code asOf}; {@code lowIncome} and {@code
   * povertyAlleviated} are the category codes of the two sub-targets (data of the year's target
   * settings).
   */
  List<VillageFigures> villages(
      int year, long areaId, LocalDate asOf, Set<String> lowIncome, Set<String> povertyAlleviated);

  /**
   * The same figures for the given villages only (each inside the caller's area; a supervision
   * member's villages outside their groups' areas are left out), for observers that keep figures
   * and refresh only the villages an {@link EnrollmentChanged} names.
   */
  List<VillageFigures> villages(
      int year,
      Collection<Long> villageIds,
      LocalDate asOf,
      Set<String> lowIncome,
      Set<String> povertyAlleviated);

  /**
   * How many registered people of a village are not insured for {@code year} as of {@code asOf}.
   */
  long countUninsured(int year, long villageId, LocalDate asOf);

  /**
   * The registered people of a village not insured for {@code year} as of {@code asOf}, by
   * household.
   */
  List<PersonView> uninsured(int year, long villageId, LocalDate asOf, int first, int max);
}
