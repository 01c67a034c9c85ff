package org.canbao.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.IssuingRegions;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/** Region look-ups for other modules; see {@link RegionDirectory}. */
@Stateless
@PermitAll
public class RegionDirectoryService implements RegionDirectory {
  @Inject RegionRepository regions;

  @Override
  public Optional<RegionRef> find(long id) {
    return regions.find(id).map(RegionDirectoryService::ref);
  }

  @Override
  public Optional<RegionRef> byCode(String code) {
    return code == null
        ? Optional.empty()
        : regions.byCode(code.strip()).map(RegionDirectoryService::ref);
  }

  @Override
  public Optional<RegionRef> resolveChild(long parentId, String name) {
    return RegionService.resolveUnder(regions, parentId, name).map(RegionDirectoryService::ref);
  }

  @Override
  public List<RegionRef> children(long parentId) {
    return regions.children(parentId).stream().map(RegionDirectoryService::ref).toList();
  }

  @Override
  public List<RegionRef> within(long id, RegionLevel level) {
    return regions
        .find(id)
        .map(
            r -> regions.within(r.path(), level).stream().map(RegionDirectoryService::ref).toList())
        .orElse(List.of());
  }

  @Override
  public IssuingRegions issuingRegions() {
    return IssuingRegions.of(
        regions.withLevels(List.of(RegionLevel.CITY, RegionLevel.DISTRICT)).stream()
            .map(RegionDirectoryService::ref)
            .toList());
  }

  static RegionRef ref(Region r) {
    return new RegionRef(
        r.id(),
        r.code(),
        r.currentName(),
        r.level(),
        r.parentRegion().map(Region::id).orElse(null),
        r.path());
  }
}
