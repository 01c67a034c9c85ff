package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.SettlementFacade;
import org.canbao.reporting.api.SettlementLine;
import org.canbao.reporting.api.SettlementPerson;
import org.canbao.reporting.api.SettlementReport;
import org.canbao.reporting.application.SettlementQueries.Filter;
import org.canbao.reporting.application.SettlementQueries.Group;

/** 资金结算; see {@link SettlementFacade}. */
@Stateless
@Requires(Permission.READ_SETTLEMENT)
public class SettlementService implements SettlementFacade {
  static final int MAX_PEOPLE = 20000;

  @Inject SettlementQueries queries;
  @Inject SettlementAreas areas;
  @Inject CurrentCaller caller;

  @Override
  public SettlementReport settlement(int year, long areaId) {
    RegionRef area = areas.area(areaId);
    List<Group> groups = queries.groups(new Filter(year, area.path() + "%", null, null, null));
    long people = groups.stream().mapToLong(Group::people).sum();
    BigDecimal amount = groups.stream().map(Group::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

    List<SettlementLine> bySource = new ArrayList<>();
    Map<String, List<Group>> source =
        groups.stream()
            .collect(
                Collectors.groupingBy(
                    g ->
                        g.fundingSource() == null
                            ? FundingSource.OTHER.name()
                            : g.fundingSource()));
    for (FundingSource s : FundingSource.values()) {
      List<Group> gs = source.getOrDefault(s.name(), List.of());
      bySource.add(line(s.name(), s.label(), gs, s.name(), null, null, null));
    }
    List<SettlementLine> byFunding =
        sorted(
            groups,
            g -> nonNull(g.fundingDepartment()),
            (k, gs) -> line(k, k, gs, null, k, null, null));
    List<SettlementLine> byCertifying =
        sorted(
            groups,
            g -> areas.certifyingDepartment(g.categoryCode()),
            (k, gs) -> line(k, k, gs, null, null, k, null));

    Map<Long, List<Group>> byChild =
        groups.stream()
            .collect(
                Collectors.groupingBy(
                    g -> {
                      Long child = SettlementAreas.childOn(area, g.villagePath());
                      return child == null ? area.id() : child;
                    }));
    List<SettlementLine> byArea = new ArrayList<>();
    List<RegionRef> children = areas.children(area);
    for (RegionRef child : children.isEmpty() ? List.of(area) : children) {
      List<Group> gs = byChild.remove(child.id());
      if (gs != null) {
        byArea.add(
            line(String.valueOf(child.id()), child.name(), gs, null, null, null, child.id()));
      }
    }
    byChild.forEach(
        (id, gs) -> byArea.add(line(String.valueOf(id), areas.name(id), gs, null, null, null, id)));
    return new SettlementReport(
        area.id(), area.name(), year, people, amount, bySource, byFunding, byCertifying, byArea);
  }

  @Override
  public List<SettlementPerson> people(
      int year,
      long areaId,
      String fundingSource,
      String fundingDepartment,
      String certifyingDepartment,
      int max) {
    RegionRef area = areas.area(areaId);
    if (fundingSource != null) {
      try {
        FundingSource.valueOf(fundingSource);
      } catch (IllegalArgumentException e) {
        throw new BusinessException("fundingSource", "资金来源“" + fundingSource + "”不存在");
      }
    }
    Set<String> codes =
        certifyingDepartment == null
            ? null
            : areas.categories().values().stream()
                .filter(c -> c.certifyingDepartment().equals(certifyingDepartment))
                .map(c -> c.code())
                .collect(Collectors.toSet());
    boolean full = caller.get().may(Permission.READ_FULL_ID_NUMBERS);
    return queries
        .rows(
            new Filter(year, area.path() + "%", null, null, null),
            fundingSource,
            fundingDepartment,
            codes,
            Math.min(Math.max(max, 1), MAX_PEOPLE))
        .stream()
        .map(
            r ->
                new SettlementPerson(
                    r.recordId(),
                    r.personId(),
                    full ? r.idNumber() : IdNumber.mask(r.idNumber()),
                    r.name(),
                    areas.parentName(r.villageId()),
                    areas.name(r.villageId()),
                    r.paymentDate(),
                    areas.categoryName(r.categoryCode()),
                    r.fundingSource() == null
                        ? ""
                        : FundingSource.valueOf(r.fundingSource()).label(),
                    r.fundingDepartment(),
                    areas.certifyingDepartment(r.categoryCode()),
                    r.subsidy()))
        .toList();
  }

  private static String nonNull(String s) {
    return s == null || s.isBlank() ? "未注明" : s;
  }

  private static SettlementLine line(
      String key,
      String label,
      List<Group> gs,
      String source,
      String department,
      String certifying,
      Long areaId) {
    return new SettlementLine(
        key,
        label,
        gs.stream().mapToLong(Group::people).sum(),
        gs.stream().map(Group::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
        source,
        department,
        certifying,
        areaId);
  }

  private static List<SettlementLine> sorted(
      List<Group> groups,
      Function<Group, String> key,
      BiFunction<String, List<Group>, SettlementLine> line) {
    Map<String, List<Group>> by =
        groups.stream()
            .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    return by.entrySet().stream()
        .map(e -> line.apply(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparing(SettlementLine::amount)
                .reversed()
                .thenComparing(SettlementLine::label))
        .toList();
  }
}
