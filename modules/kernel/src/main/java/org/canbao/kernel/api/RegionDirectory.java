package org.canbao.kernel.api;

import java.util.List;
import java.util.Optional;

/**
 * Region look-ups for other modules' use cases (e.g. resolving the village written in a name list).
 * Unlike {@link RegionFacade} it does not check the caller: the calling facade has already decided
 * the caller's area and must check the result against it.
 */
public interface RegionDirectory {
  Optional<RegionRef> find(long id);

  Optional<RegionRef> byCode(String code);

  /** The child of {@code parentId} that bears or bore {@code name} (义和镇 finds 义和街道). */
  Optional<RegionRef> resolveChild(long parentId, String name);

  List<RegionRef> children(long parentId);

  /**
   * The regions of {@code level} inside region {@code id} (a district's villages), itself included
   * when of that level.
   */
  List<RegionRef> within(long id, RegionLevel level);

  /** The district codes of the region data, to judge the first six digits of ID numbers. */
  IssuingRegions issuingRegions();
}
