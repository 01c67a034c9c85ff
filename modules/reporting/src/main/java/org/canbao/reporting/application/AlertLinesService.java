package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.api.AlertLinesFacade;
import org.canbao.reporting.domain.AlertSettings;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/**
 * The monitoring's yearly parameters: read by everyone who reads alerts (a township sees the lines
 * its district set), saved by the district bureau (or the city, as the default of districts without
 * their own) through an audited entity.
 */
@Stateless
@Requires(Permission.READ_MEDICAL_ALERTS)
public class AlertLinesService implements AlertLinesFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject AlertSettingsStore store;
  @Inject CategoryFacade categories;

  @Override
  public AlertLinesData lines(int year, long areaId) {
    return store.data(area(areaId), year);
  }

  @Override
  @Requires(Permission.MANAGE_ALERT_LINES)
  public AlertLinesData saveLines(AlertLinesData d) {
    Inputs.present(d);
    RegionRef area = area(d.areaId());
    if (area.level() != RegionLevel.DISTRICT && area.level() != RegionLevel.CITY) {
      throw new BusinessException("areaId", "预警线由区县（或市级作为默认）设置，" + area.name() + "不是区县");
    }
    Set<String> known =
        categories.list(true).stream().map(CategoryView::code).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>();
    for (Set<String> codes : List.of(d.lowIncomeCategories(), d.stableCategories())) {
      codes.stream().filter(c -> !known.contains(c)).forEach(unknown::add);
    }
    if (!unknown.isEmpty()) {
      throw new BusinessException("lowIncomeCategories", "未知的身份类别：" + String.join("、", unknown));
    }
    AlertSettings own = store.own(area.id(), d.year()).orElse(null);
    if (own == null) {
      // checked whole before it is stored: the row is written when persisted (identity ids)
      AlertSettings created = new AlertSettings(area.id(), area.path(), d.year());
      created.change(d);
      em.persist(created);
    } else {
      own.change(d);
    }
    em.flush();
    return store.data(area, d.year());
  }

  @Override
  public List<String> departments() {
    return categories.list(false).stream()
        .map(CategoryView::certifyingDepartment)
        .flatMap(d -> Arrays.stream(d.split("[、,，/]")))
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .distinct()
        .sorted()
        .toList();
  }

  /** A region inside the caller's area. */
  private RegionRef area(long areaId) {
    Caller c = caller.get();
    RegionRef area =
        regions.find(areaId).orElseThrow(() -> new NotFoundException("找不到区域" + areaId));
    c.scope().check(area.path());
    return area;
  }
}
