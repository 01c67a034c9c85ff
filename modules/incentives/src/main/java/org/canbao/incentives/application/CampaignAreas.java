package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;

/** The areas a campaign's figures are asked for, checked against the caller's area. */
@ApplicationScoped
public class CampaignAreas {
  @Inject RegionDirectory regions;
  @Inject CurrentCaller caller;

  /** A region inside the caller's area (403 outside it). */
  public RegionRef area(long id) {
    RegionRef r = regions.find(id).orElseThrow(() -> new NotFoundException("区域不存在：" + id));
    caller.get().scope().check(r.path());
    return r;
  }

  /**
   * An area the caller may see figures of: inside their area, or an area their own region lies in
   * (a village officer reading the township's bulletin — they are then shown their own village's
   * lines only, see {@link #visible}).
   */
  public RegionRef areaOrAbove(long id) {
    RegionRef r = regions.find(id).orElseThrow(() -> new NotFoundException("区域不存在：" + id));
    if (!caller.get().scope().contains(r.path())
        && !caller.get().scope().regionPath().startsWith(r.path())) {
      throw AccessDeniedException.outsideArea();
    }
    return r;
  }

  /**
   * The ids of the regions inside {@code area} whose people the caller may see (null: all of them).
   */
  public Set<Long> visible(RegionRef area) {
    if (seesAllOf(area)) {
      return null;
    }
    var scope = caller.get().scope();
    Set<Long> ids = new HashSet<>();
    for (RegionLevel level : List.of(RegionLevel.TOWNSHIP, RegionLevel.VILLAGE)) {
      regions.within(area.id(), level).stream()
          .filter(r -> scope.coversPeopleAt(r.path()))
          .forEach(r -> ids.add(r.id()));
    }
    return ids;
  }

  /**
   * The caller sees every village's people inside {@code area} (not a supervision member narrowed
   * to some).
   */
  public boolean seesAllOf(RegionRef area) {
    var scope = caller.get().scope();
    return scope.contains(area.path()) && scope.narrowedTo() == null;
  }

  /** A township (乡镇/街道) inside the caller's area. */
  public RegionRef township(long id) {
    RegionRef r = area(id);
    if (r.level() != RegionLevel.TOWNSHIP) {
      throw new BusinessException("townshipId", r.name() + "不是乡镇(街道)：年终考核按乡镇对其村(社区)进行");
    }
    return r;
  }

  public RegionRef village(long id) {
    RegionRef r = area(id);
    if (r.level() != RegionLevel.VILLAGE) {
      throw new BusinessException("villageId", r.name() + "不是村(社区)");
    }
    return r;
  }

  /** The region a region belongs to (a village's township), whatever the caller's area. */
  public RegionRef parentOf(RegionRef r) {
    return regions
        .find(r.parentId())
        .orElseThrow(() -> new NotFoundException("区域不存在：" + r.parentId()));
  }

  public List<RegionRef> villages(RegionRef area) {
    return regions.within(area.id(), RegionLevel.VILLAGE);
  }

  public String name(long id) {
    return regions.find(id).map(RegionRef::name).orElse("?");
  }

  /** The ids on a region's path, nearest first (village, township, district, city). */
  public List<Long> upwards(RegionRef r) {
    List<Long> ids = new ArrayList<>();
    for (String part : r.path().split("/")) {
      if (!part.isEmpty()) {
        ids.add(0, Long.parseLong(part));
      }
    }
    return ids;
  }

  /**
   * The caller may see this region's own figures (inside their area and, for a group member, their
   * groups' areas).
   */
  public boolean showsPeopleOf(String path) {
    return caller.get().scope().coversPeopleAt(path);
  }

  public void requireInside(String path) {
    if (!caller.get().scope().contains(path)) {
      throw AccessDeniedException.outsideArea();
    }
  }
}
