package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.PublicityEntry;
import org.canbao.reporting.api.PublicityFacade;
import org.canbao.reporting.api.PublicityPostingView;
import org.canbao.reporting.api.PublicityRow;
import org.canbao.reporting.api.PublicitySummary;
import org.canbao.reporting.application.SettlementQueries.Filter;
import org.canbao.reporting.application.SettlementQueries.Group;
import org.canbao.reporting.domain.PublicityMask;
import org.canbao.reporting.domain.PublicityPosting;
import org.canbao.reporting.domain.WorkingDays;

/**
 * 公示; see {@link PublicityFacade}. 脱贫人口 are the people holding, on the report's date, an identity
 * of the categories the year's campaign settings count as poverty-alleviated (data, as for the
 * sub-targets); 其中衔接资金 are the payments charged to the linkage fund, 其中其他资金 all others.
 */
@Stateless
@Requires(Permission.READ_PUBLICITY)
public class PublicityService implements PublicityFacade {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject ClosedYears closedYears;
  @Inject SettlementQueries queries;
  @Inject SettlementAreas areas;
  @Inject CampaignFacade campaigns;
  @Inject WorkingDayCalendar workingDays;
  @Inject CurrentCaller caller;

  @Override
  public PublicitySummary summary(int year, long areaId, LocalDate asOf, boolean povertyOnly) {
    RegionRef area = areas.area(areaId);
    LocalDate on = asOf == null ? LocalDate.now(CHINA) : asOf;
    Set<String> poverty = povertyCategories(year, area);
    List<Group> groups =
        queries.groups(new Filter(year, area.path() + "%", on, povertyOnly ? poverty : null, on));
    Map<String, Long> population = queries.population(area.path() + "%", poverty, on);

    Map<Long, long[]> counts = new HashMap<>();
    Map<Long, BigDecimal[]> amounts = new HashMap<>();
    for (Group g : groups) {
      Long child = key(area, g.villagePath());
      long[] c = counts.computeIfAbsent(child, k -> new long[4]);
      BigDecimal[] a =
          amounts.computeIfAbsent(
              child, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      boolean linkage = FundingSource.LINKAGE_FUND.name().equals(g.fundingSource());
      c[1] += g.people();
      a[0] = a[0].add(g.amount());
      c[linkage ? 2 : 3] += g.people();
      a[linkage ? 1 : 2] = a[linkage ? 1 : 2].add(g.amount());
    }
    for (Map.Entry<String, Long> p : population.entrySet()) {
      counts.computeIfAbsent(key(area, p.getKey()), k -> new long[4])[0] += p.getValue();
    }
    List<PublicityRow> rows = new ArrayList<>();
    List<RegionRef> children = areas.children(area);
    List<RegionRef> lines = new ArrayList<>(children.isEmpty() ? List.of(area) : children);
    counts.keySet().stream()
        .filter(id -> lines.stream().noneMatch(r -> r.id() == id))
        .forEach(id -> lines.add(areas.region(id)));
    long[] total = new long[4];
    BigDecimal[] totalAmount = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (RegionRef r : lines) {
      long[] c = counts.get(r.id());
      if (c == null) {
        continue;
      }
      BigDecimal[] a =
          amounts.getOrDefault(
              r.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      rows.add(
          new PublicityRow(
              rows.size() + 1, r.id(), r.name(), c[0], c[1], a[0], c[2], a[1], c[3], a[2]));
      for (int i = 0; i < 4; i++) {
        total[i] += c[i];
      }
      for (int i = 0; i < 3; i++) {
        totalAmount[i] = totalAmount[i].add(a[i]);
      }
    }
    rows.add(
        new PublicityRow(
            0,
            null,
            "合计",
            total[0],
            total[1],
            totalAmount[0],
            total[2],
            totalAmount[1],
            total[3],
            totalAmount[2]));
    String title = area.name() + year + "年" + (povertyOnly ? "资助脱贫人口参保公示汇总表" : "资助参保公示汇总表");
    return new PublicitySummary(
        area.id(), area.name(), year, on, povertyOnly, poverty, title, rows);
  }

  @Override
  public List<PublicityEntry> list(int year, long areaId, LocalDate asOf, boolean povertyOnly) {
    RegionRef area = areas.area(areaId);
    if (area.level() != RegionLevel.TOWNSHIP && area.level() != RegionLevel.VILLAGE) {
      throw new BusinessException(
          "areaId", "公示名单按乡镇(街道)或村(社区)张贴：请选择乡镇(街道)或村(社区)，而不是" + area.name());
    }
    LocalDate on = asOf == null ? LocalDate.now(CHINA) : asOf;
    Set<String> poverty = povertyOnly ? povertyCategories(year, area) : null;
    List<SettlementQueries.Row> rows =
        queries.rows(
            new Filter(year, area.path() + "%", on, poverty, on),
            null,
            null,
            null,
            SettlementService.MAX_PEOPLE);
    List<PublicityEntry> out = new ArrayList<>();
    for (SettlementQueries.Row r : rows) {
      out.add(
          new PublicityEntry(
              out.size() + 1,
              areas.parentName(r.villageId()),
              areas.name(r.villageId()),
              PublicityMask.name(r.name()),
              PublicityMask.idNumber(r.idNumber()),
              areas.categoryName(r.categoryCode()),
              r.subsidy(),
              r.fundingSource() == null ? "" : FundingSource.valueOf(r.fundingSource()).label()));
    }
    return out;
  }

  @Override
  public List<PublicityPostingView> postings(int year, long areaId) {
    RegionRef area = areas.area(areaId);
    List<PublicityPosting> list =
        em.createQuery(
                "select p from PublicityPosting p where p.year = :y and p.regionPath like :path order by p.postedOn, p.regionPath",
                PublicityPosting.class)
            .setParameter("y", year)
            .setParameter("path", area.path() + "%")
            .getResultList();
    if (list.isEmpty()) {
      return List.of();
    }
    WorkingDays calendar =
        workingDays.from(
            list.stream()
                .map(PublicityPosting::postedOn)
                .min(Comparator.naturalOrder())
                .orElseThrow());
    return list.stream().map(p -> view(p, calendar)).toList();
  }

  @Override
  @Requires(Permission.RECORD_PUBLICITY)
  public PublicityPostingView recordPosting(
      int year, long regionId, LocalDate postedOn, String place, String note) {
    RegionRef region = areas.area(regionId);
    if (region.level() != RegionLevel.TOWNSHIP && region.level() != RegionLevel.VILLAGE) {
      throw new BusinessException(
          "regionId", "公示由乡镇(街道)和村(居)两级张贴：" + region.name() + "不是乡镇(街道)或村(社区)");
    }
    // a closed year's (年度锁定) publicity is kept as posted
    closedYears.requireOpen(region.path(), year, "公示张贴记录");
    if (postedOn == null) {
      throw new BusinessException("postedOn", "请填写张贴日期");
    }
    if (postedOn.isAfter(LocalDate.now(CHINA))) {
      throw new BusinessException("postedOn", "张贴日期" + postedOn + "晚于今天：请在张贴后登记");
    }
    if (place != null && place.strip().length() > 200) {
      throw new BusinessException("place", "张贴地点不能超过200字");
    }
    if (note != null && note.strip().length() > 300) {
      throw new BusinessException("note", "备注不能超过300字");
    }
    PublicityPosting p =
        em.createQuery(
                "select p from PublicityPosting p where p.year = :y and p.regionId = :r",
                PublicityPosting.class)
            .setParameter("y", year)
            .setParameter("r", regionId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String by = caller.get().username();
    Instant now = Instant.now();
    if (p == null) {
      p =
          new PublicityPosting(
              year, region.id(), region.path(), region.name(), region.level(), by, now);
      p.change(postedOn, blankToNull(place), blankToNull(note), by, now);
      em.persist(p);
    } else {
      p.change(postedOn, blankToNull(place), blankToNull(note), by, now);
    }
    em.flush();
    return view(p, workingDays.from(postedOn));
  }

  private PublicityPostingView view(PublicityPosting p, WorkingDays calendar) {
    LocalDate end = calendar.periodEnd(p.postedOn(), PERIOD_DAYS);
    return new PublicityPostingView(
        p.id(),
        p.year(),
        p.regionId(),
        p.regionName(),
        p.level() == RegionLevel.VILLAGE ? "村(居)" : "乡镇(街道)",
        p.postedOn(),
        PERIOD_DAYS,
        end,
        !LocalDate.now(CHINA).isAfter(end),
        p.place(),
        p.note(),
        p.recordedBy(),
        p.recordedAt());
  }

  /** The categories counted as 脱贫人口 for the year: the campaign settings in force for the area. */
  private Set<String> povertyCategories(int year, RegionRef area) {
    return Set.copyOf(campaigns.settings(year, area.id()).povertyCategories());
  }

  private static Long key(RegionRef area, String path) {
    Long child = SettlementAreas.childOn(area, path);
    return child == null ? area.id() : child;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
