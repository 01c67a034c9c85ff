package org.canbao.kernel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.ImportReport;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionName;
import org.canbao.kernel.domain.RegionRepository;
import org.canbao.kernel.infrastructure.SpreadsheetTableFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The region import over regions kept in memory: every row of Chongqing's demo list arrives with
 * its parent and path, a second import changes nothing, a bad row writes nothing, and the database
 * is read a fixed number of times whatever the file's length (FoundationIT runs it on PostgreSQL).
 */
class RegionImporterTest {
  private static final String CHONGQING = "regions-chongqing-2022.csv";
  private final Regions regions = new Regions();
  private final RegionImporter importer = new RegionImporter();

  @BeforeEach
  void wire() {
    importer.regions = regions;
    importer.tables = new SpreadsheetTableFiles();
  }

  @Test
  void everyRowOfChongqingsListArrivesUnderItsParentWithItsPath() {
    ImportReport report = importer.run(CHONGQING, demo(CHONGQING), false, Caller.SYSTEM);
    assertThat(regions.lookups).as("reads per pass, not per row").isEqualTo(4);

    List<TableReader.Row> rows =
        new SpreadsheetTableFiles().readAll(CHONGQING, demo(CHONGQING), RegionImporter.MAX_ROWS);
    assertThat(report.errors()).isEmpty();
    assertThat(report.committed()).isTrue();
    assertThat(report.newRows()).isEqualTo(rows.size()).isEqualTo(1070);
    assertThat(regions.all).hasSize(rows.size());
    for (TableReader.Row row : rows) {
      Region r = regions.byCode(row.get("code")).orElseThrow(() -> new AssertionError(row));
      assertThat(r.currentName()).isEqualTo(row.get("name"));
      assertThat(r.level()).isEqualTo(RegionLevel.valueOf(row.get("level")));
      String parentCode = row.get("parent_code");
      String parentPath =
          parentCode == null ? "/" : regions.byCode(parentCode).orElseThrow().path();
      assertThat(r.parentRegion().map(Region::code).orElse(null)).isEqualTo(parentCode);
      assertThat(r.path()).isEqualTo(parentPath + r.id() + "/");
    }
  }

  @Test
  void villagesWithoutCodesAreFoundByNameAndGetTheirCodesLater() {
    importer.run(CHONGQING, demo(CHONGQING), false, Caller.SYSTEM);
    ImportReport villages =
        importer.run("songgai-villages.csv", demo("songgai-villages.csv"), false, Caller.SYSTEM);
    assertThat(villages.newRows()).isEqualTo(7);
    Region songgai = regions.byCode("500118107").orElseThrow();
    assertThat(regions.children(songgai.id())).hasSize(7);

    String codes = "代码,名称,级别,上级代码,曾用名\n500118107207,茅园村,村,500118107,茅园\n";
    ImportReport coded = importer.run("c.csv", csv(codes), false, Caller.SYSTEM);
    assertThat(coded.changedRows()).isEqualTo(1);
    Region maoyuan = regions.byCode("500118107207").orElseThrow();
    assertThat(maoyuan.names()).extracting(RegionName::name).containsExactly("茅园村", "茅园");
    assertThat(regions.children(songgai.id())).hasSize(7);

    ImportReport again = importer.run(CHONGQING, demo(CHONGQING), false, Caller.SYSTEM);
    assertThat(again.newRows() + again.changedRows()).isZero();
    assertThat(again.unchangedRows()).isEqualTo(1070);
    assertThat(regions.all).hasSize(1077);
  }

  @Test
  void aBadRowAnywhereWritesNothingAndNamesItsRow() {
    String file =
        "代码,名称,级别,上级代码\n500000,重庆市,市,\n500118,永川区,区县,500000\n"
            + "500118107,松溉镇,乡镇,500118\n,文昌宫社区,村,500118107\n,坏村,村,599999999\n"
            + "500119108,某镇,乡镇,500118\n";
    ImportReport report = importer.run("bad.csv", csv(file), false, Caller.SYSTEM);
    assertThat(report.committed()).isFalse();
    assertThat(report.errors())
        .extracting(e -> e.row() + e.column())
        .containsExactlyInAnyOrder("6上级代码", "7代码");
    assertThat(regions.all).isEmpty();
  }

  @Test
  void aNameTwoChildrenBearIsRefused() {
    importer.run(CHONGQING, demo(CHONGQING), false, Caller.SYSTEM);
    String twins = "名称,级别,上级代码\n双村,村,500118107\n";
    importer.run("a.csv", csv(twins), false, Caller.SYSTEM);
    Region songgai = regions.byCode("500118107").orElseThrow();
    regions.add(new Region(songgai, RegionLevel.VILLAGE, null, "双村", null));
    assertThatThrownBy(() -> importer.run("b.csv", csv(twins), true, Caller.SYSTEM))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("对应多个区域");
  }

  private static InputStream demo(String name) {
    return RegionImporterTest.class.getResourceAsStream("/demo/" + name);
  }

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Regions in a list; ids given in order as an identity column does. */
  private static final class Regions implements RegionRepository {
    private final Map<Long, Region> all = new LinkedHashMap<>();
    private int lookups;

    @Override
    public Region add(Region region) {
      try {
        Field id = Region.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(region, (long) all.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      region.fixPath();
      all.put(region.id(), region);
      return region;
    }

    @Override
    public Optional<Region> find(long id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public Optional<Region> byCode(String code) {
      lookups++;
      return all.values().stream().filter(r -> code.equals(r.code())).findFirst();
    }

    @Override
    public List<Region> withCodes(Collection<String> codes) {
      lookups++;
      return all.values().stream().filter(r -> codes.contains(r.code())).toList();
    }

    @Override
    public Map<Long, List<Region>> childrenOf(Collection<Long> parentIds) {
      lookups++;
      Map<Long, List<Region>> out = new LinkedHashMap<>();
      parentIds.forEach(id -> out.put(id, new ArrayList<>(children(id))));
      return out;
    }

    @Override
    public List<Region> children(long parentId) {
      return all.values().stream()
          .filter(r -> r.parentRegion().map(p -> p.id() == parentId).orElse(false))
          .toList();
    }

    @Override
    public List<Region> childrenNamed(long parentId, String name) {
      throw new UnsupportedOperationException("a query per row");
    }

    @Override
    public List<Region> withLevels(List<RegionLevel> levels) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Region> searchByName(String text, String pathPattern, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countChildren(long parentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(RegionLevel level, String pathPattern, boolean onlyWithoutCode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Region> within(String path, RegionLevel level) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countAll() {
      return all.size();
    }
  }
}
