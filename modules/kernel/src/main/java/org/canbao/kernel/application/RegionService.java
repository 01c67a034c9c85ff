package org.canbao.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.ImportReport;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDraft;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionNameView;
import org.canbao.kernel.api.RegionStats;
import org.canbao.kernel.api.RegionView;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/** Region use cases; every read and write is checked against the caller's area. */
@Stateless
@PermitAll
public class RegionService implements RegionFacade {
  @Inject RegionRepository regions;
  @Inject CurrentCaller caller;
  @Inject RegionImporter importer;

  @Override
  public RegionView callerRegion() {
    return view(load(caller.get().scope().regionId()));
  }

  @Override
  public RegionView region(long id) {
    return view(loadInScope(id));
  }

  @Override
  public List<RegionView> children(long parentId) {
    loadInScope(parentId);
    return regions.children(parentId).stream().map(this::view).toList();
  }

  @Override
  public List<RegionView> search(String text, int limit) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return regions.searchByName(text, scope().likePattern(), limit).stream()
        .map(this::view)
        .toList();
  }

  @Override
  public Optional<RegionView> resolve(long parentId, String name) {
    loadInScope(parentId);
    return resolveUnder(regions, parentId, name).map(this::view);
  }

  /**
   * Finds the child of {@code parentId} that bears or bore {@code name}; shared with the importer.
   */
  static Optional<Region> resolveUnder(RegionRepository regions, long parentId, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    List<Region> found = regions.childrenNamed(parentId, name);
    if (found.size() > 1) {
      throw new BusinessException("name", "名称“" + name + "”对应多个区域，请使用区划代码");
    }
    return found.stream().findFirst();
  }

  @Override
  public RegionStats stats() {
    String p = scope().likePattern();
    return new RegionStats(
        regions.count(RegionLevel.DISTRICT, p, false),
        regions.count(RegionLevel.TOWNSHIP, p, false),
        regions.count(RegionLevel.VILLAGE, p, false),
        regions.count(RegionLevel.VILLAGE, p, true));
  }

  @Override
  @Requires(Permission.MANAGE_REGIONS)
  public RegionView create(RegionDraft d) {
    Inputs.present(d);
    if (d.parentId() == null) {
      throw new BusinessException("parent", "请选择上级区域");
    }
    Region parent = loadInScope(d.parentId());
    if (d.code() != null && !d.code().isBlank() && regions.byCode(d.code().strip()).isPresent()) {
      throw new BusinessException("code", "区划代码" + d.code().strip() + "已被使用");
    }
    if (resolveUnder(regions, parent.id(), d.name()).isPresent()) {
      throw new BusinessException(
          "name", parent.currentName() + "下已有名为“" + d.name().strip() + "”的区域");
    }
    Region r = new Region(parent, parent.level().childLevel(), d.code(), d.name(), d.validFrom());
    r.changeValidity(d.validFrom(), d.validTo());
    return view(regions.add(r));
  }

  @Override
  @Requires(Permission.MANAGE_REGIONS)
  public RegionView update(long id, RegionDraft d) {
    Inputs.present(d);
    Region r = loadInScope(id);
    checkWritable(r);
    String code = d.code() == null || d.code().isBlank() ? null : d.code().strip();
    if (code != null && !code.equals(r.code())) {
      regions
          .byCode(code)
          .ifPresent(
              other -> {
                throw new BusinessException(
                    "code", "区划代码" + code + "已被" + other.currentName() + "使用");
              });
    }
    r.assignCode(code);
    r.changeValidity(d.validFrom(), d.validTo());
    return view(r);
  }

  @Override
  @Requires(Permission.MANAGE_REGIONS)
  public RegionView rename(long id, String newName, LocalDate effective, String note) {
    Region r = loadInScope(id);
    checkWritable(r);
    r.rename(newName, effective, note);
    return view(r);
  }

  @Override
  @Requires(Permission.MANAGE_REGIONS)
  public RegionView addFormerName(long id, String name, LocalDate from, LocalDate to, String note) {
    Region r = loadInScope(id);
    checkWritable(r);
    r.addFormerName(name, from, to, note);
    return view(r);
  }

  @Override
  @Requires(Permission.MANAGE_REGIONS)
  public ImportReport importRegions(String fileName, InputStream content, boolean dryRun) {
    return importer.run(fileName, content, dryRun, caller.get());
  }

  private AreaScope scope() {
    return caller.get().scope();
  }

  private Region load(long id) {
    return regions.find(id).orElseThrow(() -> new NotFoundException("区域不存在：" + id));
  }

  private Region loadInScope(long id) {
    Region r = load(id);
    scope().check(r.path());
    return r;
  }

  /** Administrators below the system level maintain the regions under their own, not their own. */
  private void checkWritable(Region r) {
    if (!caller.get().has(Role.SYSTEM_ADMIN) && r.id() == scope().regionId()) {
      throw new AccessDeniedException("只有系统管理员可以修改您所属的区域本身");
    }
  }

  RegionView view(Region r) {
    return new RegionView(
        r.id(),
        r.code(),
        r.currentName(),
        r.level(),
        r.parentRegion().map(Region::id).orElse(null),
        r.parentRegion().map(Region::currentName).orElse(null),
        r.path(),
        r.validFrom(),
        r.validTo(),
        r.names().stream()
            .map(n -> new RegionNameView(n.name(), n.validFrom(), n.validTo(), n.note()))
            .toList(),
        regions.countChildren(r.id()));
  }
}
