package org.canbao.kernel.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/**
 * The regions one pass of a region import looks at, read at its start in two queries: the regions
 * bearing the file's codes and parent codes, and the children (with their names) of those parents.
 * A writing pass adds the regions it creates and the codes it assigns, so the look-ups of later
 * rows see them as the database would. Per-row queries instead made Hibernate flush a persistence
 * context that grew with each created region: the 1,070 regions of Chongqing took 12–17 s of a
 * first start.
 */
final class RegionIndex {
  private final RegionRepository regions;
  private final Map<String, Region> byCode = new HashMap<>();
  private final Map<Long, List<Region>> children;

  RegionIndex(RegionRepository regions, Collection<String> codes, Collection<String> parentCodes) {
    this.regions = regions;
    regions.withCodes(codes).forEach(r -> byCode.put(r.code(), r));
    children =
        new HashMap<>(
            regions.childrenOf(
                parentCodes.stream()
                    .map(byCode::get)
                    .filter(Objects::nonNull)
                    .map(Region::id)
                    .distinct()
                    .toList()));
  }

  /** The region with this code; the file's codes and parent codes only. */
  Optional<Region> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The child of {@code parent} that bears or bore {@code name} (as {@link
   * RegionService#resolveUnder}); the same error when several do.
   */
  Optional<Region> childNamed(Region parent, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String wanted = name.strip();
    List<Region> found =
        childrenOf(parent).stream()
            .filter(r -> r.names().stream().anyMatch(n -> n.name().equals(wanted)))
            .toList();
    if (found.size() > 1) {
      throw new BusinessException("name", "名称“" + name + "”对应多个区域，请使用区划代码");
    }
    return found.stream().findFirst();
  }

  /** A region the pass created. */
  void created(Region r) {
    r.parentRegion().ifPresent(p -> childrenOf(p).add(r));
    children.put(r.id(), new ArrayList<>());
    coded(r);
  }

  /** A region that has (now) a code. */
  void coded(Region r) {
    if (r.code() != null) {
      byCode.put(r.code(), r);
    }
  }

  private List<Region> childrenOf(Region parent) {
    // a parent outside the file's codes (a village coded by this file): read when first asked
    return children.computeIfAbsent(
        parent.id(), id -> new ArrayList<>(regions.childrenOf(List.of(id)).get(id)));
  }
}
