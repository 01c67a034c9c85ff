package org.canbao.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/**
 * The areas settlement and publicity are asked for, checked against the caller's area, and the
 * names of regions and identity categories their lines show (looked up once per request).
 */
@RequestScoped
public class SettlementAreas {
  @Inject RegionDirectory regions;
  @Inject CurrentCaller caller;
  @Inject CategoryFacade categories;

  private final Map<Long, RegionRef> cache = new HashMap<>();
  private Map<String, CategoryView> categoryMap;

  /**
   * A region inside the caller's area (403 outside it, also for a supervision member narrowed to
   * some of it).
   */
  public RegionRef area(long id) {
    RegionRef r = region(id);
    caller.get().scope().checkPeopleAt(r.path());
    return r;
  }

  public RegionRef region(long id) {
    return cache.computeIfAbsent(
        id, k -> regions.find(k).orElseThrow(() -> new NotFoundException("区域不存在：" + k)));
  }

  /** The regions directly below an area, in the directory's order (by code, then name). */
  public List<RegionRef> children(RegionRef area) {
    List<RegionRef> list = regions.children(area.id());
    list.forEach(r -> cache.putIfAbsent(r.id(), r));
    return list;
  }

  /**
   * The id of the region directly below {@code area} on {@code path} (a village's township in a
   * district), or null when {@code path} is the area itself.
   */
  public static Long childOn(RegionRef area, String path) {
    String rest = path.substring(area.path().length());
    int slash = rest.indexOf('/');
    return slash <= 0 ? null : Long.valueOf(rest.substring(0, slash));
  }

  public String name(long id) {
    return region(id).name();
  }

  /** The name of the region a village belongs to (its township). */
  public String parentName(long villageId) {
    RegionRef v = region(villageId);
    return v.parentId() == null ? "" : region(v.parentId()).name();
  }

  public Map<String, CategoryView> categories() {
    if (categoryMap == null) {
      categoryMap =
          categories.list(true).stream()
              .collect(
                  Collectors.toMap(
                      CategoryView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
    return categoryMap;
  }

  public String categoryName(String code) {
    CategoryView c = code == null ? null : categories().get(code);
    return c == null ? (code == null ? "" : code) : c.name();
  }

  public String certifyingDepartment(String code) {
    CategoryView c = code == null ? null : categories().get(code);
    return c == null ? "未知" : c.certifyingDepartment();
  }
}
