package org.canbao.enrollment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.PersonView;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.enrollment.application.ProgressFigures.Counts;
import org.canbao.enrollment.domain.Person;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;

/**
 * The campaign's figures per village ("目标数包含职工医保和居民医保参保数，以及在区外参保人数", Songgai 2023, attachment 1).
 * For an insurance year Y as of a date D:
 *
 * <ul>
 *   <li><b>Registered</b> in village V: a person whose household is registered in V on D — V is
 *       their current village and they live there since D or before (since unknown: always), or V
 *       is a village they have left and their residence there covered D — and whose status on D was
 *       normal (a death, a departure or a cancellation counts from its date on: normal, or a status
 *       since after D).
 *   <li><b>Insured</b>: registered, with an active enrollment record of year Y that counts on D — a
 *       resident payment paid on or before D (the payment date, however late it was recorded); a
 *       newborn following its guardian, employee insurance or insurance outside the district
 *       recorded on or before D (China time). A reversed record never counts. Resident counts own
 *       payments and newborns following a guardian; employee and outside the other two. One active
 *       record per person and year is the rule (a unique index on both databases), so each person
 *       counts once.
 *   <li><b>Sub-targets</b> (low-income, poverty-alleviated): the registered holding on D an
 *       identity of one of the given categories (valid from D or before, and to D or after or
 *       open), and how many of them are insured.
 * </ul>
 *
 * <p>The area must be inside the caller's region; a supervision member sees the villages of their
 * groups' areas only. The figures are computed set-wise ({@link ProgressFigures}).
 */
@Stateless
@Requires(Permission.READ_PROGRESS)
public class ProgressService implements ProgressFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject ProgressFigures queries;
  @Inject PersonViews views;

  /** A village with its township, as the figures name them. */
  private record Place(RegionRef village, RegionRef township) {}

  @Override
  public List<VillageFigures> villages(
      int year, long areaId, LocalDate asOf, Set<String> lowIncome, Set<String> povertyAlleviated) {
    InsuranceYear.of(year);
    requireDate(asOf);
    RegionRef area =
        regions.find(areaId).orElseThrow(() -> new NotFoundException("区域不存在：" + areaId));
    scope().check(area.path());
    List<Place> places = new ArrayList<>();
    collect(
        area,
        area.level() == RegionLevel.VILLAGE ? regions.find(area.parentId()).orElseThrow() : null,
        places);
    Map<Long, Counts> counts =
        queries.figures(
            places.stream().map(p -> p.village().id()).toList(),
            year,
            asOf,
            lowIncome == null ? Set.of() : lowIncome,
            povertyAlleviated == null ? Set.of() : povertyAlleviated);
    return places.stream()
        .map(p -> figures(p, counts.getOrDefault(p.village().id(), Counts.NONE)))
        .toList();
  }

  @Override
  public List<VillageFigures> villages(
      int year,
      Collection<Long> villageIds,
      LocalDate asOf,
      Set<String> lowIncome,
      Set<String> povertyAlleviated) {
    InsuranceYear.of(year);
    requireDate(asOf);
    List<Place> places = new ArrayList<>();
    Map<Long, RegionRef> townships = new HashMap<>();
    for (long id : villageIds) {
      RegionRef village = regions.find(id).orElseThrow(() -> new NotFoundException("区域不存在：" + id));
      if (village.level() != RegionLevel.VILLAGE) {
        throw new BusinessException("villageId", village.name() + "不是村(社区)");
      }
      scope().check(village.path());
      if (overlapsPeopleScope(village.path())) {
        places.add(
            new Place(
                village,
                townships.computeIfAbsent(village.parentId(), t -> regions.find(t).orElseThrow())));
      }
    }
    Map<Long, Counts> counts =
        queries.figures(
            places.stream().map(p -> p.village().id()).toList(),
            year,
            asOf,
            lowIncome == null ? Set.of() : lowIncome,
            povertyAlleviated == null ? Set.of() : povertyAlleviated);
    return places.stream()
        .map(p -> figures(p, counts.getOrDefault(p.village().id(), Counts.NONE)))
        .toList();
  }

  /**
   * Every village under {@code region} whose people the caller may see, each with its township;
   * branches of the tree outside a supervision member's areas are not walked.
   */
  private void collect(RegionRef region, RegionRef parent, List<Place> places) {
    if (!overlapsPeopleScope(region.path())) {
      return;
    }
    if (region.level() == RegionLevel.VILLAGE) {
      places.add(new Place(region, parent));
      return;
    }
    for (RegionRef child : regions.children(region.id())) {
      collect(child, region, places);
    }
  }

  private boolean overlapsPeopleScope(String path) {
    List<String> areas = scope().narrowedTo();
    return areas == null || areas.stream().anyMatch(a -> a.startsWith(path) || path.startsWith(a));
  }

  private static VillageFigures figures(Place p, Counts c) {
    return new VillageFigures(
        p.village().id(),
        p.village().name(),
        p.township().id(),
        p.township().name(),
        c.registered(),
        c.resident(),
        c.employee(),
        c.outside(),
        c.lowIncome(),
        c.lowIncomeInsured(),
        c.povertyAlleviated(),
        c.povertyAlleviatedInsured());
  }

  @Override
  public long countUninsured(int year, long villageId, LocalDate asOf) {
    InsuranceYear.of(year);
    requireDate(asOf);
    return queries.countUninsured(village(villageId).id(), year, asOf);
  }

  /** The list names people: it needs the registry's permission as well (the same roles today). */
  @Override
  @Requires(Permission.READ_PERSONS)
  public List<PersonView> uninsured(int year, long villageId, LocalDate asOf, int first, int max) {
    InsuranceYear.of(year);
    requireDate(asOf);
    if (first < 0 || max < 1 || max > 1000) {
      throw new BusinessException("first", "分页参数不正确");
    }
    List<Long> ids = queries.uninsured(village(villageId).id(), year, asOf, first, max);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Person> found =
        em.createQuery("select p from Person p where p.id in :ids", Person.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    Map<Long, String> names = new HashMap<>();
    return ids.stream().map(found::get).map(p -> views.view(p, names)).toList();
  }

  /** A village whose people the caller may see. */
  private RegionRef village(long villageId) {
    RegionRef v =
        regions.find(villageId).orElseThrow(() -> new NotFoundException("村(社区)不存在：" + villageId));
    if (v.level() != RegionLevel.VILLAGE) {
      throw new BusinessException("villageId", v.name() + "不是村(社区)，未参保名单按村(社区)查看");
    }
    scope().checkPeopleAt(v.path());
    return v;
  }

  private static void requireDate(LocalDate asOf) {
    if (asOf == null) {
      throw new BusinessException("asOf", "请选择统计日期");
    }
  }

  private AreaScope scope() {
    return caller.get().scope();
  }
}
