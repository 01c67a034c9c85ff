package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Input for creating or editing a region (the code's rules are {@link RegionCode}'s and the
 * level's).
 */
public record RegionDraft(
    Long parentId,
    String code,
    @MaxLength(value = RegionDraft.NAME_MAX, message = "区域名称过长（最多" + RegionDraft.NAME_MAX + "字）")
        String name,
    RegionLevel level,
    LocalDate validFrom,
    LocalDate validTo)
    implements Serializable {
  /** The longest region name kept (its column), for the draft and for the region alike. */
  public static final int NAME_MAX = 60;
}
