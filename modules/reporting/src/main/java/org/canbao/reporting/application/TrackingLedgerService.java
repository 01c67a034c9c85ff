package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.CollegeTrackingQuery;
import org.canbao.reporting.api.CollegeTrackingRow;
import org.canbao.reporting.api.EmployeeInsuranceState;
import org.canbao.reporting.api.EmployeeTrackingQuery;
import org.canbao.reporting.api.EmployeeTrackingRow;
import org.canbao.reporting.api.TrackingLedgerFacade;

/**
 * Reads the tracking ledgers inside the caller's area (and an area chosen inside it, checked; a
 * narrowed scope narrows them too), in pages. Full ID numbers only for roles that work with
 * individuals.
 */
@Stateless
@Requires(Permission.READ_TRACKING_LEDGERS)
public class TrackingLedgerService implements TrackingLedgerFacade {
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject TrackingQueries queries;

  @Override
  public long countEmployees(EmployeeTrackingQuery q) {
    return queries.countEmployees(
        area(q.areaId()), q.year(), q.state(), q.uninsuredOnly(), q.text());
  }

  @Override
  public List<EmployeeTrackingRow> employees(EmployeeTrackingQuery q, int first, int max) {
    Names names = new Names();
    return queries
        .employees(
            area(q.areaId()),
            q.year(),
            q.state(),
            q.uninsuredOnly(),
            q.text(),
            Math.max(first, 0),
            limit(max))
        .stream()
        .map(
            l ->
                new EmployeeTrackingRow(
                    l.recordId(),
                    l.personId(),
                    names.id(l.idNumber()),
                    l.name(),
                    names.township(l.villageId()),
                    names.village(l.villageId()),
                    l.year(),
                    l.stopped() ? EmployeeInsuranceState.STOPPED : EmployeeInsuranceState.INSURED,
                    l.stoppedOn(),
                    l.stopReason(),
                    l.recordedOn(),
                    l.insuredKind() == null ? null : l.insuredKind().label(),
                    l.stoppedOn() == null ? null : l.stoppedOn().plusMonths(3),
                    l.followUpId(),
                    l.followUpStatus()))
        .toList();
  }

  @Override
  public long countStudents(CollegeTrackingQuery q) {
    return queries.countStudents(area(q.areaId()), q.year(), q.state(), q.text());
  }

  @Override
  public List<CollegeTrackingRow> students(CollegeTrackingQuery q, int first, int max) {
    Names names = new Names();
    return queries
        .students(area(q.areaId()), q.year(), q.state(), q.text(), Math.max(first, 0), limit(max))
        .stream()
        .map(
            l ->
                new CollegeTrackingRow(
                    l.personId(),
                    names.id(l.idNumber()),
                    l.name(),
                    names.township(l.villageId()),
                    names.village(l.villageId()),
                    q.year(),
                    l.source() == TrackingQueries.StudentSource.COLLEGE
                        ? (q.year() - 1) + "年在渝高校参保"
                        : (q.year() - 1) + "年在外地高校参保",
                    l.state(),
                    l.insuredKind() == null ? null : l.insuredKind().label(),
                    l.followUpId(),
                    l.followUpStatus(),
                    l.followUpReason(),
                    l.evidenceFiles()))
        .toList();
  }

  private static int limit(int max) {
    return Math.min(Math.max(max, 1), 1000);
  }

  /** The caller's area, or one chosen inside it, with the caller's narrowing. */
  private TrackingQueries.Area area(Long areaId) {
    Caller c = caller.get();
    AreaScope scope = c.scope();
    String path = scope.regionPath();
    if (areaId != null) {
      RegionRef chosen =
          regions.find(areaId).orElseThrow(() -> new NotFoundException("区域不存在：" + areaId));
      scope.check(chosen.path());
      path = chosen.path();
    }
    return new TrackingQueries.Area(path, scope.narrowedTo());
  }

  /** Region names and ID numbers as this caller sees them, regions looked up once a page. */
  private final class Names {
    private final Map<Long, Optional<RegionRef>> found = new HashMap<>();
    private final boolean full = caller.get().may(Permission.READ_FULL_ID_NUMBERS);

    String id(String idNumber) {
      return full ? idNumber : IdNumber.mask(idNumber);
    }

    String village(long villageId) {
      return region(villageId).map(RegionRef::name).orElse("");
    }

    String township(long villageId) {
      return region(villageId)
          .map(RegionRef::parentId)
          .flatMap(this::region)
          .map(RegionRef::name)
          .orElse("");
    }

    private Optional<RegionRef> region(Long id) {
      return id == null ? Optional.empty() : found.computeIfAbsent(id, regions::find);
    }
  }
}
