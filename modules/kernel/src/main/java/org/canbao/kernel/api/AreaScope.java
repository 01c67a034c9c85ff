package org.canbao.kernel.api;

import java.io.Serializable;
import java.util.List;

/**
 * The part of the region tree a caller may see: the region they belong to and everything below it.
 * Regions carry a materialised path of ids ({@code /1/39/1077/}); a record is inside the scope when
 * its region's path starts with the scope's path. Facades filter every query by it.
 *
 * <p>{@code narrowedTo}, when not null, limits what the caller sees of people (the registry, their
 * enrollments) to some areas inside the region: a supervision group member sees the people of their
 * groups' areas only, not of the whole township. Regions and the group's own scope stay visible.
 */
public record AreaScope(
    long regionId, String regionPath, String regionName, RegionLevel level, List<String> narrowedTo)
    implements Serializable {

  public AreaScope(long regionId, String regionPath, String regionName, RegionLevel level) {
    this(regionId, regionPath, regionName, level, null);
  }

  public AreaScope {
    narrowedTo = narrowedTo == null ? null : List.copyOf(narrowedTo);
  }

  public boolean contains(String path) {
    return path != null && path.startsWith(regionPath);
  }

  /**
   * Whether the caller may see people registered at {@code path}: inside the region and any
   * narrowing.
   */
  public boolean coversPeopleAt(String path) {
    return contains(path) && (narrowedTo == null || narrowedTo.stream().anyMatch(path::startsWith));
  }

  public void checkPeopleAt(String path) {
    if (!coversPeopleAt(path)) {
      throw AccessDeniedException.outsideArea();
    }
  }

  /**
   * Pattern for {@code path LIKE :pattern} queries (the region; see {@link #narrowedTo} for the
   * rest).
   */
  public String likePattern() {
    return regionPath + "%";
  }

  /** The same scope limited to some areas inside it. */
  public AreaScope narrowTo(List<String> paths) {
    return new AreaScope(regionId, regionPath, regionName, level, paths);
  }

  public void check(String path) {
    if (!contains(path)) {
      throw AccessDeniedException.outsideArea();
    }
  }
}
