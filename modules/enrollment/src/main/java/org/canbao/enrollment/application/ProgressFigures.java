package org.canbao.enrollment.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enrollment figures of villages, computed set-wise by the database (a district's are
 * aggregates over a million people). Declared here, implemented by the infrastructure.
 */
public interface ProgressFigures {
  /** The counts of one village (resident: own payments and newborns following a guardian). */
  record Counts(
      long registered,
      long resident,
      long employee,
      long outside,
      long lowIncome,
      long lowIncomeInsured,
      long povertyAlleviated,
      long povertyAlleviatedInsured) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(
          registered + o.registered,
          resident + o.resident,
          employee + o.employee,
          outside + o.outside,
          lowIncome + o.lowIncome,
          lowIncomeInsured + o.lowIncomeInsured,
          povertyAlleviated + o.povertyAlleviated,
          povertyAlleviatedInsured + o.povertyAlleviatedInsured);
    }
  }

  /**
   * The counts per village for {@code year} as of {@code asOf}; villages without registered people
   * are absent.
   */
  Map<Long, Counts> figures(
      Collection<Long> villageIds,
      int year,
      LocalDate asOf,
      Set<String> lowIncome,
      Set<String> alleviated);

  long countUninsured(long villageId, int year, LocalDate asOf);

  /**
   * Ids of the persons registered in the village on the date without an insuring record, a page of
   * them.
   */
  List<Long> uninsured(long villageId, int year, LocalDate asOf, int first, int max);
}
