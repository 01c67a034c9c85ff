package org.canbao.kernel.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Regions (city → district/county → township/street → village/community), their codes and names
 * over time. Reads are limited to the caller's area; changes need a system or district
 * administrator.
 */
public interface RegionFacade {
  /** The region the caller belongs to. */
  RegionView callerRegion();

  /** A region inside the caller's area; {@link AccessDeniedException} outside it. */
  RegionView region(long id);

  /** Children of a region inside the caller's area, ordered by code then name. */
  List<RegionView> children(long parentId);

  /** Regions whose current or former name contains {@code text}, inside the caller's area. */
  List<RegionView> search(String text, int limit);

  /**
   * The region under {@code parentId} that bears or bore {@code name} (e.g. 义和镇 finds 义和街道), or
   * empty. Ambiguous names raise a {@link BusinessException}.
   */
  Optional<RegionView> resolve(long parentId, String name);

  RegionStats stats();

  RegionView create(RegionDraft draft);

  RegionView update(long id, RegionDraft draft);

  /** Gives a region a new name from {@code effective}; the old name stays in its history. */
  RegionView rename(
      long id,
      @MaxLength(value = 60, message = "区域名称不能超过60字") String newName,
      LocalDate effective,
      @MaxLength(value = 200, message = "备注不能超过200字") String note);

  /** Records a name the region bore before (as written in older documents). */
  RegionView addFormerName(
      long id,
      @MaxLength(value = 60, message = "曾用名不能超过60字") String name,
      LocalDate validFrom,
      LocalDate validTo,
      @MaxLength(value = 200, message = "备注不能超过200字") String note);

  /**
   * Imports regions from CSV (UTF-8 or GBK) or XLSX with the columns 代码/code, 名称/name, 级别/level,
   * 上级代码/parent_code (and for villages without code: 上级名称). A dry run writes nothing; a commit
   * writes all rows or none.
   */
  ImportReport importRegions(String fileName, InputStream content, boolean dryRun);
}
