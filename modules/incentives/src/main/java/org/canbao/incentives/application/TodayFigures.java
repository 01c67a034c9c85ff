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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

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
 *
 * <p>Requests of one node that miss the same villages at the same time (the first readings of the
 * day when the officers sign in, or the readings after a payment) do not count them side by side:
 * the first counts them and keeps them, the others wait for it (up to {@link #WAIT_SECONDS}) and
 * read what it kept. The villages counted are counted at {@code /metrics} ({@link #counted}).
 */
@ApplicationScoped
public class TodayFigures {
  private static final Logger LOG = Logger.getLogger(TodayFigures.class.getName());

  /** Up to this many missing villages are computed one by one; more, and the whole area is. */
  static final int BY_VILLAGE = 30;

  /**
   * How long a request waits for another one counting the same villages before it counts them
   * itself (the counting of a district of a million people took 2–7 s on two cores).
   */
  static final long WAIT_SECONDS = 15;

  @Inject FiguresStore store;
  @Inject ProgressFacade enrollment;
  @Inject RegionDirectory regions;

  /** {@code canbao_progress_figures_computed_total} at {@code /metrics}. */
  @Inject
  @Metric(
      name = "canbao.progress.figures.computed",
      absolute = true,
      description =
          "Villages whose figures of the day were counted because the read model did not hold"
              + " them (first reading of the day, or a change since)")
  Counter counted;

  @Resource ManagedExecutorService executor;

  /** One lock per year and village: held while this node counts the village's figures. */
  private final ConcurrentMap<String, ReentrantLock> counting = new ConcurrentHashMap<>();

  /** The figures of every village inside {@code area} for {@code year} as of {@code today}. */
  public List<VillageFigures> villages(
      int year, RegionRef area, LocalDate today, Set<String> lowIncome, Set<String> poverty) {
    String key = key(lowIncome, poverty);
    Map<Long, RegionRef> villages = new LinkedHashMap<>();
    (area.level() == RegionLevel.VILLAGE
            ? List.of(area)
            : regions.within(area.id(), RegionLevel.VILLAGE))
        .forEach(v -> villages.put(v.id(), v));
    Map<Long, FiguresStore.Row> rows = new HashMap<>(store.read(year, villages.keySet()));
    Set<Long> missing = missing(villages.keySet(), rows, today, key);
    Map<Long, VillageFigures> computed = new LinkedHashMap<>();
    if (!missing.isEmpty()) {
      List<ReentrantLock> held = lock(year, missing);
      try {
        // another request may have counted and kept them while this one waited
        rows.putAll(store.read(year, missing));
        Set<Long> still = missing(missing, rows, today, key);
        if (!still.isEmpty()) {
          compute(year, area, today, lowIncome, poverty, key, still, rows)
              .forEach(f -> computed.put(f.villageId(), f));
        }
      } finally {
        held.forEach(ReentrantLock::unlock);
      }
    }
    List<VillageFigures> out = new ArrayList<>(computed.values());
    Map<Long, RegionRef> townships = new HashMap<>();
    villages.forEach(
        (id, v) -> {
          if (!computed.containsKey(id)
              && rows.get(id) != null
              && rows.get(id).freshFor(today, key)) {
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

  /** The villages among {@code ids} whose row holds no figures of {@code today} for {@code key}. */
  private static Set<Long> missing(
      Set<Long> ids, Map<Long, FiguresStore.Row> rows, LocalDate today, String key) {
    return ids.stream()
        .filter(id -> rows.get(id) == null || !rows.get(id).freshFor(today, key))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Counts the missing villages' figures through enrollment and keeps them where still valid. */
  private List<VillageFigures> compute(
      int year,
      RegionRef area,
      LocalDate today,
      Set<String> lowIncome,
      Set<String> poverty,
      String key,
      Set<Long> missing,
      Map<Long, FiguresStore.Row> rows) {
    Map<Long, Long> before = reserve(year, missing, rows);
    List<VillageFigures> fresh =
        missing.size() > BY_VILLAGE
            ? enrollment.villages(year, area.id(), today, lowIncome, poverty)
            : enrollment.villages(year, missing, today, lowIncome, poverty);
    counted.inc(fresh.size());
    if (before != null) {
      try {
        store.save(year, before, today, key, fresh);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Today's figures not kept (they are computed again next time)", e);
      }
    }
    return fresh;
  }

  /**
   * This node's locks of the villages, taken in the order of their ids (two requests never wait for
   * each other crosswise); a village whose lock is not free within {@link #WAIT_SECONDS} is counted
   * without it (the change counts keep the read model right either way).
   */
  private List<ReentrantLock> lock(int year, Set<Long> villageIds) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    List<ReentrantLock> held = new ArrayList<>();
    for (long id : new TreeSet<>(villageIds)) {
      ReentrantLock lock = counting.computeIfAbsent(year + "/" + id, k -> new ReentrantLock());
      try {
        if (lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          held.add(lock);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return held;
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
