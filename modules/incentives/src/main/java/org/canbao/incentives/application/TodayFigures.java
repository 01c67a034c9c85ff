package org.canbao.incentives.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;

/**
 * Today's figures of villages, kept in {@code incentives.today_figures} (a read model of
 * enrollment's {@link ProgressFacade}): progress pages, dashboards and bulletins of the current day
 * read them instead of aggregating the area's people on every request.
 *
 * <p>A village's figures are computed through the facade when they are missing, are of another day
 * (so the date rolling over refreshes them) or for other sub-target categories; only the missing
 * villages are computed, unless they are many, when the whole area is. An {@link EnrollmentChanged}
 * (heard after its commit) clears the villages it names and counts the change on their rows;
 * figures are written back only if no change was counted on their row since just before they were
 * computed, so figures that might miss a committed change are never kept. A change not announced by
 * an event (none is known) is picked up the next day.
 */
@ApplicationScoped
public class TodayFigures {
  private static final Logger LOG = Logger.getLogger(TodayFigures.class.getName());

  /** Up to this many missing villages are computed one by one; more, and the whole area is. */
  static final int BY_VILLAGE = 30;

  @Inject FiguresStore store;
  @Inject ProgressFacade enrollment;
  @Inject RegionDirectory regions;
  @Resource ManagedExecutorService executor;

  /** The figures of every village inside {@code area} for {@code year} as of {@code today}. */
  public List<VillageFigures> villages(
      int year, RegionRef area, LocalDate today, Set<String> lowIncome, Set<String> poverty) {
    String key = key(lowIncome, poverty);
    Map<Long, RegionRef> villages = new LinkedHashMap<>();
    (area.level() == RegionLevel.VILLAGE
            ? List.of(area)
            : regions.within(area.id(), RegionLevel.VILLAGE))
        .forEach(v -> villages.put(v.id(), v));
    Map<Long, FiguresStore.Row> rows = store.read(year, villages.keySet());
    Set<Long> missing =
        villages.keySet().stream()
            .filter(id -> rows.get(id) == null || !rows.get(id).freshFor(today, key))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<Long, VillageFigures> computed = new LinkedHashMap<>();
    if (!missing.isEmpty()) {
      Map<Long, Long> before = reserve(year, missing, rows);
      List<VillageFigures> fresh =
          missing.size() > BY_VILLAGE
              ? enrollment.villages(year, area.id(), today, lowIncome, poverty)
              : enrollment.villages(year, missing, today, lowIncome, poverty);
      fresh.forEach(f -> computed.put(f.villageId(), f));
      if (before != null) {
        try {
          store.save(year, before, today, key, fresh);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Today's figures not kept (they are computed again next time)", e);
        }
      }
    }
    List<VillageFigures> out = new ArrayList<>(computed.values());
    Map<Long, RegionRef> townships = new HashMap<>();
    villages.forEach(
        (id, v) -> {
          if (!computed.containsKey(id) && !missing.contains(id)) {
            long[] c = rows.get(id).counts();
            RegionRef t =
                townships.computeIfAbsent(v.parentId(), p -> regions.find(p).orElseThrow());
            out.add(
                new VillageFigures(
                    id, v.name(), t.id(), t.name(), c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                    c[7]));
          }
        });
    return out;
  }

  /**
   * The change counts of the missing villages' rows (created where absent) just before their
   * figures are computed; null if that failed.
   */
  private Map<Long, Long> reserve(int year, Set<Long> missing, Map<Long, FiguresStore.Row> rows) {
    try {
      List<Long> absent = missing.stream().filter(id -> !rows.containsKey(id)).toList();
      if (!absent.isEmpty()) {
        store.reserve(year, absent);
      }
      Map<Long, Long> before = new HashMap<>();
      store.read(year, missing).forEach((id, r) -> before.put(id, r.changes()));
      return before;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Today's figures: rows not reserved (figures are computed, not kept)", e);
      return null;
    }
  }

  /**
   * Clears the figures of the villages a committed change names, at once. Where the container
   * cannot start a transaction while the committed one completes (a start-up singleton's, for one),
   * it is done on another thread a moment later.
   */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrollmentChanged change) {
    try {
      store.invalidate(change.year(), change.villageIds());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Today's figures cleared on another thread after " + change, e);
      executor.execute(
          () -> {
            try {
              store.invalidate(change.year(), change.villageIds());
            } catch (RuntimeException again) {
              LOG.log(
                  Level.SEVERE,
                  "Today's figures could not be cleared after "
                      + change
                      + "; they may be stale until tomorrow",
                  again);
            }
          });
    }
  }

  static String key(Set<String> lowIncome, Set<String> poverty) {
    return String.join(",", new TreeSet<>(lowIncome == null ? Set.of() : lowIncome))
        + "|"
        + String.join(",", new TreeSet<>(poverty == null ? Set.of() : poverty));
  }
}
