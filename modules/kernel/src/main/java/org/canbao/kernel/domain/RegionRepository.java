package org.canbao.kernel.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.kernel.api.RegionLevel;

/**
 * Regions, wherever they are kept (the JPA implementation is in the kernel's infrastructure).
 * Queries that take a path pattern stay inside a caller's area.
 */
public interface RegionRepository {
  Optional<Region> find(long id);

  Optional<Region> byCode(String code);

  /** The regions bearing these codes, with their parents and names. */
  List<Region> withCodes(Collection<String> codes);

  /** The children of these regions with their names, by parent id (every id a key). */
  Map<Long, List<Region>> childrenOf(Collection<Long> parentIds);

  /** Every region of these levels (the city and its districts are a few dozen). */
  List<Region> withLevels(List<RegionLevel> levels);

  List<Region> children(long parentId);

  /** Regions under {@code parentId} that bear or bore {@code name}. */
  List<Region> childrenNamed(long parentId, String name);

  List<Region> searchByName(String text, String pathPattern, int limit);

  long countChildren(long parentId);

  long count(RegionLevel level, String pathPattern, boolean onlyWithoutCode);

  /** The regions of a level inside a path (a district's villages), ordered by path. */
  List<Region> within(String path, RegionLevel level);

  long countAll();

  /** Persists a new region and gives it its path (which contains its own generated id). */
  Region add(Region region);
}
