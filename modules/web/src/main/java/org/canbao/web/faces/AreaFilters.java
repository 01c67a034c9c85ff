package org.canbao.web.faces;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;

/**
 * What the ledgers and lists of an area share: the filters year, area (the caller's own region
 * first, then the regions within it down to a level) and a name or ID number, and the area a check
 * or computation runs for (the chosen one, else the caller's own).
 */
public abstract class AreaFilters implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject protected RegionDirectory regions;
  @Inject protected CurrentCaller caller;

  protected int year;
  protected Long areaId;
  protected String text;
  private List<RegionRef> areas = List.of();

  /** The caller's region. */
  protected long home() {
    return caller.get().scope().regionId();
  }

  /**
   * The areas offered in the filter: the caller's region, then those within it down to {@code
   * down}.
   */
  protected void loadAreas(RegionLevel down) {
    long home = home();
    List<RegionRef> found = new ArrayList<>();
    regions.find(home).ifPresent(found::add);
    regions.within(home, down).stream().filter(r -> r.id() != home).forEach(found::add);
    areas = found;
  }

  /** The area chosen in the filter, else the caller's own. */
  protected long area() {
    return areaId == null ? home() : areaId;
  }

  public List<RegionRef> getAreas() {
    return areas;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
