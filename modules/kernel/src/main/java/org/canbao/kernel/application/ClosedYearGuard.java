package org.canbao.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.Validity;
import org.canbao.kernel.api.YearClosedException;
import org.canbao.kernel.api.YearState;
import org.canbao.kernel.domain.ClosedYear;

/**
 * The closed years of a place, for other modules' facades; see {@link ClosedYears}. A handful of
 * rows (districts × years), read afresh in the caller's transaction, so a year closed a moment ago
 * is closed for the next write.
 */
@Stateless
@PermitAll
public class ClosedYearGuard implements ClosedYears {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Override
  public Set<Integer> closedFor(String path) {
    Set<Integer> years = new TreeSet<>();
    closed(path).forEach(c -> years.add(c.year()));
    return years;
  }

  @Override
  public void requireOpen(String path, int year, String what) {
    for (ClosedYear c : closed(path)) {
      if (c.year() == year) {
        throw new YearClosedException(ClosedYears.refusal(c.regionName(), year, what));
      }
    }
  }

  @Override
  public void requireUnchanged(String path, Validity before, Validity after, String what) {
    for (ClosedYear c : closed(path)) {
      if (Validity.changesYear(before, after, c.year())) {
        throw new YearClosedException(ClosedYears.refusal(c.regionName(), c.year(), what));
      }
    }
  }

  /** The closed years of the districts whose area holds {@code path}, oldest first. */
  private List<ClosedYear> closed(String path) {
    if (path == null) {
      return List.of();
    }
    return em.createQuery(
            "select c from ClosedYear c where c.status = :s order by c.year", ClosedYear.class)
        .setParameter("s", YearState.CLOSED)
        .getResultStream()
        .filter(c -> path.startsWith(c.regionPath()))
        .toList();
  }
}
