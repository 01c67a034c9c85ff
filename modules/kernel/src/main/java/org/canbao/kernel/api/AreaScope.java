package org.canbao.kernel.api;

import java.io.Serializable;

/**
 * The part of the region tree a caller may see: the region they belong to and everything below it.
 * Regions carry a materialised path of ids ({@code /1/39/1077/}); a record is inside the scope when
 * its region's path starts with the scope's path. Facades filter every query by it.
 */
public record AreaScope(long regionId, String regionPath, String regionName, RegionLevel level)
    implements Serializable {

  public boolean contains(String path) {
    return path != null && path.startsWith(regionPath);
  }

  /** Pattern for {@code path LIKE :pattern} queries. */
  public String likePattern() {
    return regionPath + "%";
  }

  public void check(String path) {
    if (!contains(path)) {
      throw AccessDeniedException.outsideArea();
    }
  }
}
