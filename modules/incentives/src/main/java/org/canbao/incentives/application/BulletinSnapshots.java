package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.domain.Bulletin;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.RegionRef;

/**
 * Frozen progress of an area as of a date: a bulletin (on demand, scheduled) or the snapshot an
 * evaluation is computed from.
 */
@ApplicationScoped
public class BulletinSnapshots {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject SettingsStore settings;
  @Inject ProgressCalculator calculator;
  @Inject CurrentCaller caller;

  /**
   * Takes and keeps a bulletin of the area as of the date (also the year-end snapshot of an
   * evaluation).
   */
  public Bulletin take(int year, RegionRef area, LocalDate asOf, Bulletin.Kind kind) {
    List<ProgressLine> lines =
        calculator.lines(year, area, asOf, settings.forFigures(area, year).orElse(null));
    Integer last =
        em.createQuery(
                "select max(b.number) from Bulletin b where b.areaId = :a and b.year = :y",
                Integer.class)
            .setParameter("a", area.id())
            .setParameter("y", year)
            .getSingleResult();
    Bulletin b =
        new Bulletin(
            area.id(),
            area.path(),
            area.name(),
            year,
            last == null ? 1 : last + 1,
            asOf,
            Instant.now(),
            caller.get().username(),
            kind,
            lines);
    em.persist(b);
    em.flush();
    return b;
  }
}
