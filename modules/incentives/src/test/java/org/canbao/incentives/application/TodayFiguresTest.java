package org.canbao.incentives.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.canbao.enrollment.api.PersonView;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.kernel.api.IssuingRegions;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.eclipse.microprofile.metrics.Counter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that miss the same village at the same time count its figures once: the others wait for
 * the first and read what it kept — unless a change came in meanwhile, when the figures it counted
 * are not kept and the next reader counts them again.
 */
class TodayFiguresTest {
  static final LocalDate TODAY = LocalDate.of(2022, 11, 20);
  static final RegionRef TOWNSHIP =
      new RegionRef(10, "500118107", "松溉镇", RegionLevel.TOWNSHIP, 7L, "/1/7/10/");
  static final RegionRef VILLAGE =
      new RegionRef(11, "500118107001", "松溉村", RegionLevel.VILLAGE, 10L, "/1/7/10/11/");

  final TodayFigures today = new TodayFigures();
  final MemoryStore store = new MemoryStore();
  final CountingFacade enrollment = new CountingFacade();
  final AtomicLong counted = new AtomicLong();

  @BeforeEach
  void wire() {
    today.store = store;
    today.enrollment = enrollment;
    today.regions = new Regions();
    today.counted =
        new Counter() {
          @Override
          public void inc() {
            counted.incrementAndGet();
          }

          @Override
          public void inc(long n) {
            counted.addAndGet(n);
          }

          @Override
          public long getCount() {
            return counted.get();
          }
        };
  }

  @Test
  void readersMissingTheSameVillageTogetherCountItOnce() throws Exception {
    Reader first = Reader.start(today);
    assertThat(enrollment.started.await(10, TimeUnit.SECONDS)).isTrue();
    Reader second = Reader.start(today);
    second.waits();
    enrollment.release.countDown();

    assertThat(first.figures())
        .singleElement()
        .extracting(VillageFigures::registered)
        .isEqualTo(100L);
    assertThat(second.figures()).isEqualTo(first.figures());
    assertThat(enrollment.calls).as("counted by the first reader only").hasValue(1);
    assertThat(counted).hasValue(1);
    assertThat(Reader.start(today).figures()).isEqualTo(first.figures());
    assertThat(enrollment.calls).as("kept: read, not counted").hasValue(1);
  }

  @Test
  void aChangeWhileTheFirstReaderCountsMakesTheWaitingOneCountAgain() throws Exception {
    Reader first = Reader.start(today);
    assertThat(enrollment.started.await(10, TimeUnit.SECONDS)).isTrue();
    Reader second = Reader.start(today);
    second.waits();
    store.invalidate(2023, Set.of(VILLAGE.id())); // a payment committed meanwhile
    enrollment.registered.set(101);
    enrollment.release.countDown();

    assertThat(first.figures())
        .singleElement()
        .extracting(VillageFigures::registered)
        .isEqualTo(100L);
    assertThat(second.figures())
        .as("counted again after the change")
        .singleElement()
        .extracting(VillageFigures::registered)
        .isEqualTo(101L);
    assertThat(enrollment.calls).hasValue(2);
    assertThat(counted).hasValue(2);
  }

  /** A request reading the village's figures on a thread of its own. */
  static final class Reader extends Thread {
    private final TodayFigures today;
    private volatile List<VillageFigures> figures;

    private Reader(TodayFigures today) {
      this.today = today;
    }

    static Reader start(TodayFigures today) {
      Reader r = new Reader(today);
      r.start();
      return r;
    }

    @Override
    public void run() {
      figures = today.villages(2023, VILLAGE, TODAY, Set.of("DIBAO"), Set.of());
    }

    /** Returns once the reader is parked (on the first reader's lock, or counting itself). */
    void waits() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (getState() != State.TIMED_WAITING && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(getState()).isEqualTo(State.TIMED_WAITING);
    }

    List<VillageFigures> figures() throws InterruptedException {
      join(TimeUnit.SECONDS.toMillis(20));
      assertThat(isAlive()).isFalse();
      return figures;
    }
  }

  /** Enrollment's figures: the first call waits until released; counts its calls. */
  static final class CountingFacade implements ProgressFacade {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    final AtomicLong registered = new AtomicLong(100);

    @Override
    public List<VillageFigures> villages(
        int year, long areaId, LocalDate asOf, Set<String> low, Set<String> poverty) {
      return villages(year, List.of(areaId), asOf, low, poverty);
    }

    @Override
    public List<VillageFigures> villages(
        int year, Collection<Long> ids, LocalDate asOf, Set<String> low, Set<String> poverty) {
      long value = registered.get();
      calls.incrementAndGet();
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ids.stream()
          .map(
              id ->
                  new VillageFigures(
                      id,
                      VILLAGE.name(),
                      TOWNSHIP.id(),
                      TOWNSHIP.name(),
                      value,
                      90,
                      5,
                      1,
                      3,
                      3,
                      0,
                      0))
          .toList();
    }

    @Override
    public long countUninsured(int year, long villageId, LocalDate asOf) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PersonView> uninsured(
        int year, long villageId, LocalDate asOf, int first, int max) {
      throw new UnsupportedOperationException();
    }
  }

  /** The read model's table in memory, with the same guarded writes as the real one. */
  static final class MemoryStore implements FiguresStore {
    private final Map<Long, Row> rows = new HashMap<>();

    @Override
    public synchronized Map<Long, Row> read(int year, Collection<Long> villageIds) {
      Map<Long, Row> found = new HashMap<>();
      villageIds.stream().filter(rows::containsKey).forEach(id -> found.put(id, rows.get(id)));
      return found;
    }

    @Override
    public synchronized void reserve(int year, Collection<Long> villageIds) {
      villageIds.forEach(id -> rows.putIfAbsent(id, new Row(id, 0, null, null, null)));
    }

    @Override
    public synchronized void save(
        int year,
        Map<Long, Long> changesBefore,
        LocalDate asOf,
        String categories,
        Collection<VillageFigures> figures) {
      for (VillageFigures f : figures) {
        Row row = rows.get(f.villageId());
        if (row != null && changesBefore.get(f.villageId()) == row.changes()) {
          long[] counts = {
            f.registered(),
            f.resident(),
            f.employee(),
            f.outside(),
            f.lowIncome(),
            f.lowIncomeInsured(),
            f.povertyAlleviated(),
            f.povertyAlleviatedInsured()
          };
          rows.put(f.villageId(), new Row(f.villageId(), row.changes(), asOf, categories, counts));
        }
      }
    }

    @Override
    public synchronized void invalidate(Integer year, Collection<Long> villageIds) {
      villageIds.forEach(
          id -> rows.computeIfPresent(id, (k, r) -> new Row(k, r.changes() + 1, null, null, null)));
    }
  }

  /** One township with one village. */
  static final class Regions implements RegionDirectory {
    @Override
    public Optional<RegionRef> find(long id) {
      return Optional.ofNullable(
          id == VILLAGE.id() ? VILLAGE : id == TOWNSHIP.id() ? TOWNSHIP : null);
    }

    @Override
    public Optional<RegionRef> byCode(String code) {
      return Optional.empty();
    }

    @Override
    public Optional<RegionRef> resolveChild(long parentId, String name) {
      return Optional.empty();
    }

    @Override
    public List<RegionRef> children(long parentId) {
      return parentId == TOWNSHIP.id() ? List.of(VILLAGE) : List.of();
    }

    @Override
    public List<RegionRef> within(long id, RegionLevel level) {
      return level == RegionLevel.VILLAGE ? List.of(VILLAGE) : List.of();
    }

    @Override
    public IssuingRegions issuingRegions() {
      throw new UnsupportedOperationException();
    }
  }
}
