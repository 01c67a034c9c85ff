package org.canbao.incentives.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.incentives.application.FiguresStore;
import org.canbao.incentives.application.TodayFigures;

/**
 * The rows of {@code incentives.today_figures} (see {@link TodayFigures}), in native SQL. Every
 * write runs in its own transaction: a reservation must be committed before the figures it guards
 * are computed, and a failed write of the read model never fails the page that reads it.
 */
@Stateless
public class JpaFiguresStore implements FiguresStore {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  /** The rows of these villages for the year (villages without a row are absent). */
  @Override
  public Map<Long, Row> read(int year, Collection<Long> villageIds) {
    Map<Long, Row> rows = new HashMap<>();
    for (List<Long> part : parts(villageIds)) {
      @SuppressWarnings("unchecked")
      List<Object[]> result =
          em.createNativeQuery(
                  "select village_id, changes, as_of, categories, registered, resident, employee, outside_district,"
                      + " low_income, low_income_insured, poverty_alleviated, poverty_alleviated_insured from incentives.today_figures"
                      + " where insurance_year = ?1 and village_id in (?2)")
              .setParameter(1, year)
              .setParameter(2, part)
              .getResultList();
      for (Object[] r : result) {
        long[] counts = null;
        if (r[4] != null) {
          counts = new long[8];
          for (int i = 0; i < 8; i++) {
            counts[i] = ((Number) r[4 + i]).longValue();
          }
        }
        rows.put(
            ((Number) r[0]).longValue(),
            new Row(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                date(r[2]),
                (String) r[3],
                counts));
      }
    }
    return rows;
  }

  /**
   * Rows (without figures) for the villages that have none yet, so that a change from now on is
   * counted on them.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Override
  public void reserve(int year, Collection<Long> villageIds) {
    for (long id : villageIds) {
      em.createNativeQuery(
              "merge into incentives.today_figures t using (select cast(?1 as integer) y, cast(?2 as bigint) v) n"
                  + " on t.insurance_year = n.y and t.village_id = n.v when not matched then insert (insurance_year, village_id, changes) values (n.y, n.v, 0)")
          .setParameter(1, year)
          .setParameter(2, id)
          .executeUpdate();
    }
  }

  /**
   * Writes figures computed as of {@code asOf}, each only if its village's change count is still
   * the one read before they were computed: figures that may miss a later change are not kept.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Override
  public void save(
      int year,
      Map<Long, Long> changesBefore,
      LocalDate asOf,
      String categories,
      Collection<VillageFigures> figures) {
    for (VillageFigures f : figures) {
      Long before = changesBefore.get(f.villageId());
      if (before == null) {
        continue;
      }
      em.createNativeQuery(
              "update incentives.today_figures set as_of = ?1, categories = ?2, registered = ?3, resident = ?4, employee = ?5,"
                  + " outside_district = ?6, low_income = ?7, low_income_insured = ?8, poverty_alleviated = ?9, poverty_alleviated_insured = ?10"
                  + " where insurance_year = ?11 and village_id = ?12 and changes = ?13")
          .setParameter(1, asOf)
          .setParameter(2, categories)
          .setParameter(3, f.registered())
          .setParameter(4, f.resident())
          .setParameter(5, f.employee())
          .setParameter(6, f.outside())
          .setParameter(7, f.lowIncome())
          .setParameter(8, f.lowIncomeInsured())
          .setParameter(9, f.povertyAlleviated())
          .setParameter(10, f.povertyAlleviatedInsured())
          .setParameter(11, year)
          .setParameter(12, f.villageId())
          .setParameter(13, before)
          .executeUpdate();
    }
  }

  /**
   * Clears the figures of these villages (every year's when {@code year} is null; every village's
   * when none is named) and counts the change.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Override
  public void invalidate(Integer year, Collection<Long> villageIds) {
    String set =
        "update incentives.today_figures set changes = changes + 1, as_of = null, registered = null"
            + (year == null ? " where 1 = 1" : " where insurance_year = :year");
    if (villageIds == null || villageIds.isEmpty()) {
      withYear(em.createNativeQuery(set), year).executeUpdate();
      return;
    }
    for (List<Long> part : parts(villageIds)) {
      withYear(em.createNativeQuery(set + " and village_id in (:villages)"), year)
          .setParameter("villages", part)
          .executeUpdate();
    }
  }

  private static Query withYear(Query q, Integer year) {
    return year == null ? q : q.setParameter("year", year);
  }

  private static List<List<Long>> parts(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<List<Long>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 1000) {
      parts.add(all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return parts;
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
  }
}
