package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A region as screens and other modules see it. {@code code} is null for villages not yet coded.
 */
public record RegionView(
    long id,
    String code,
    String name,
    RegionLevel level,
    Long parentId,
    String parentName,
    String path,
    LocalDate validFrom,
    LocalDate validTo,
    List<RegionNameView> names,
    long childCount)
    implements Serializable {

  public String label() {
    return code == null ? name : name + "（" + code + "）";
  }

  /**
   * How a region picker lists it: the name, with its parent to tell apart villages of the same
   * name.
   */
  public String pickerLabel() {
    return parentName == null ? name : name + "（" + parentName + "）";
  }

  public boolean isLeaf() {
    return childCount == 0;
  }
}
