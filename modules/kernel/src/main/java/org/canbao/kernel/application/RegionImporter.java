package org.canbao.kernel.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.ImportReport;
import org.canbao.kernel.api.ImportReport.RowError;
import org.canbao.kernel.api.RegionCode;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/**
 * Imports a region list (e.g. the 2022 statistical division codes of Chongqing). Runs twice over
 * the rows: a check that writes nothing and collects every row error, then, only if the file is
 * clean and a commit was asked for, the writes. So a file with one bad row changes nothing, and
 * importing the same file twice changes nothing the second time.
 */
@Dependent
public class RegionImporter {
  static final int MAX_ROWS = 20_000;
  private static final String[] CODE = {"代码", "区划代码", "code"};
  private static final String[] NAME = {"名称", "name"};
  private static final String[] LEVEL = {"级别", "level"};
  private static final String[] PARENT = {"上级代码", "parent_code"};
  private static final String[] FORMER = {"曾用名", "former_names"};

  @Inject RegionRepository regions;
  @Inject TableFiles tables;

  public ImportReport run(String fileName, InputStream content, boolean dryRun, Caller caller) {
    List<TableReader.Row> rows = new ArrayList<>(tables.readAll(fileName, content, MAX_ROWS));
    if (rows.get(0).get(NAME) == null && rows.get(0).get(LEVEL) == null) {
      throw new BusinessException(
          "file", "表头不正确：需要列 代码(code)、名称(name)、级别(level)、上级代码(parent_code)");
    }
    rows.sort(Comparator.comparingInt(r -> levelRank(r.get(LEVEL))));
    Set<String> codes = new HashSet<>();
    Set<String> parentCodes = new HashSet<>();
    for (TableReader.Row row : rows) {
      Optional.ofNullable(row.get(CODE)).ifPresent(codes::add);
      Optional.ofNullable(row.get(PARENT)).ifPresent(parentCodes::add);
    }
    codes.addAll(parentCodes);
    Pass check = new Pass(caller, false, new RegionIndex(regions, codes, parentCodes));
    rows.forEach(check::row);
    if (dryRun || !check.errors.isEmpty()) {
      return check.report(fileName, false);
    }
    Pass write = new Pass(caller, true, new RegionIndex(regions, codes, parentCodes));
    rows.forEach(write::row);
    if (!write.errors.isEmpty()) {
      throw new BusinessException("file", "导入时数据已变化，请重新预检：" + write.errors.get(0).reason());
    }
    return write.report(fileName, true);
  }

  private static int levelRank(String level) {
    try {
      return RegionLevel.parse(level).ordinal();
    } catch (BusinessException e) {
      return RegionLevel.values().length;
    }
  }

  /**
   * One pass over the rows; in a writing pass it changes the database as it goes. Its look-ups go
   * to its {@link RegionIndex}, read at its start.
   */
  private final class Pass {
    private final Caller caller;
    private final boolean write;
    private final RegionIndex index;
    private final Map<String, Optional<Region>> fileRegions = new HashMap<>();
    private final Map<String, RegionLevel> fileLevels = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private int created;
    private int changed;
    private int unchanged;

    Pass(Caller caller, boolean write, RegionIndex index) {
      this.caller = caller;
      this.write = write;
      this.index = index;
    }

    ImportReport report(String fileName, boolean committed) {
      return new ImportReport(
          fileName, created, changed, unchanged, List.copyOf(errors), committed);
    }

    void row(TableReader.Row row) {
      int before = errors.size();
      RegionLevel level = null;
      try {
        level = RegionLevel.parse(row.get(LEVEL));
      } catch (BusinessException e) {
        error(row, "级别", e.getMessage());
      }
      String name = row.get(NAME);
      if (name == null) {
        error(row, "名称", "名称不能为空");
      }
      String code = row.get(CODE);
      if (code != null) {
        try {
          RegionCode rc = RegionCode.of(code);
          if (level != null && !rc.fits(level)) {
            error(row, "代码", level.label() + "的区划代码应为" + level.codeLength() + "位");
          }
        } catch (BusinessException e) {
          error(row, "代码", e.getMessage());
        }
      } else if (level != null && level != RegionLevel.VILLAGE) {
        error(row, "代码", level.label() + "必须有区划代码");
      }
      if (code != null && fileLevels.containsKey(code)) {
        error(row, "代码", "区划代码" + code + "在文件中重复出现");
      }
      if (errors.size() > before) {
        return;
      }
      handle(row, level, code, name);
    }

    private void handle(TableReader.Row row, RegionLevel level, String code, String name) {
      Optional<Region> parent = Optional.empty();
      String parentCode = row.get(PARENT);
      if (level != RegionLevel.CITY) {
        if (parentCode == null) {
          error(row, "上级代码", "上级代码不能为空");
          return;
        }
        if (fileLevels.containsKey(parentCode)) {
          parent = fileRegions.get(parentCode);
          if (fileLevels.get(parentCode).childLevel() != level) {
            error(row, "级别", "与上级区域的级别不衔接");
            return;
          }
        } else {
          parent = index.byCode(parentCode);
          if (parent.isEmpty()) {
            error(row, "上级代码", "上级区域" + parentCode + "不存在");
            return;
          }
          if (parent.get().level().childLevel() != level) {
            error(
                row,
                "级别",
                "上级"
                    + parent.get().currentName()
                    + "的下级应为"
                    + parent.get().level().childLevel().label());
            return;
          }
          if (!caller.scope().contains(parent.get().path())) {
            error(row, "上级代码", "上级区域" + parentCode + "不在您的管辖范围内");
            return;
          }
        }
        if (code != null && !RegionCode.of(code).isChildCodeOf(RegionCode.of(parentCode))) {
          error(row, "代码", "区划代码" + code + "与上级代码" + parentCode + "不符");
          return;
        }
      }
      if ((level == RegionLevel.CITY || level == RegionLevel.DISTRICT)
          && !caller.has(Role.SYSTEM_ADMIN)) {
        error(row, "级别", "只有系统管理员可以导入市、区县级区域");
        return;
      }
      Optional<Region> existing = code == null ? Optional.empty() : index.byCode(code);
      if (existing.isEmpty() && parent.isPresent()) {
        // a region without code yet (a village) is recognised by its parent and name, and gets the
        // code
        Optional<Region> named = index.childNamed(parent.get(), name);
        if (named.isPresent() && code != null && named.get().code() != null) {
          error(
              row,
              "代码",
              parent.get().currentName() + "下已有“" + name + "”，其区划代码为" + named.get().code());
          return;
        }
        existing = named;
      }
      Optional<Region> result =
          existing.isPresent()
              ? update(row, existing.get(), level, code, name, parentCode)
              : create(row, parent, level, code, name);
      if (code != null) {
        fileLevels.put(code, level);
        fileRegions.put(code, result);
      }
    }

    private Optional<Region> update(
        TableReader.Row row,
        Region r,
        RegionLevel level,
        String code,
        String name,
        String parentCode) {
      if (r.level() != level) {
        error(row, "级别", "已有区域" + r.currentName() + "的级别为" + r.level().label());
        return Optional.of(r);
      }
      String currentParent = r.parentRegion().map(Region::code).orElse(null);
      if (parentCode != null && currentParent != null && !parentCode.equals(currentParent)) {
        error(row, "上级代码", "区域" + r.currentName() + "已属于上级" + currentParent);
        return Optional.of(r);
      }
      if (!caller.scope().contains(r.path())) {
        error(row, "代码", "区域" + r.currentName() + "不在您的管辖范围内");
        return Optional.of(r);
      }
      boolean rename = !r.currentName().equals(name) && !r.answersTo(name);
      boolean newCode = code != null && r.code() == null;
      List<String> former = formerNames(row).stream().filter(f -> !r.answersTo(f)).toList();
      if (!rename && !newCode && former.isEmpty()) {
        unchanged++;
        return Optional.of(r);
      }
      changed++;
      if (write) {
        if (newCode) {
          r.assignCode(code);
          index.coded(r);
        }
        if (rename) {
          r.rename(name, today, "导入更名");
        }
        former.forEach(f -> r.addFormerName(f, null, null, "导入曾用名"));
      }
      return Optional.of(r);
    }

    private Optional<Region> create(
        TableReader.Row row, Optional<Region> parent, RegionLevel level, String code, String name) {
      created++;
      if (!write) {
        return Optional.empty();
      }
      Region r = regions.add(new Region(parent.orElse(null), level, code, name, null));
      formerNames(row).forEach(f -> r.addFormerName(f, null, null, "导入曾用名"));
      index.created(r);
      return Optional.of(r);
    }

    private List<String> formerNames(TableReader.Row row) {
      String f = row.get(FORMER);
      return f == null
          ? List.of()
          : List.of(f.split("[;；,，]")).stream()
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
    }

    private void error(TableReader.Row row, String column, String reason) {
      errors.add(new RowError(row.number(), column, reason));
    }
  }
}
