package org.canbao.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.IssuingRegions;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.api.Tier;
import org.canbao.kernel.infrastructure.SpreadsheetTableFiles;
import org.junit.jupiter.api.Test;

/** Row checks of name lists, with a small region tree: 永川区 → 松溉镇 (formerly 松溉乡) → two villages. */
class NameListRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final RegionRef YONGCHUAN =
      new RegionRef(2, "500118", "永川区", RegionLevel.DISTRICT, 1L, "/1/2/");
  private static final RegionRef SONGGAI =
      new RegionRef(3, "500118107", "松溉镇", RegionLevel.TOWNSHIP, 2L, "/1/2/3/");
  private static final RegionRef WENCHANGGONG =
      new RegionRef(4, null, "文昌宫社区", RegionLevel.VILLAGE, 3L, "/1/2/3/4/");
  private static final RegionRef SONGJIANG =
      new RegionRef(5, null, "松江社区", RegionLevel.VILLAGE, 3L, "/1/2/3/5/");

  private static final RegionRef CHONGQING =
      new RegionRef(1, "500000", "重庆市", RegionLevel.CITY, null, "/1/");

  private static Optional<RegionRef> child(Long parent, String name) {
    if (parent == 1 && name.equals("永川区")) {
      return Optional.of(YONGCHUAN);
    }
    if (parent == 2 && (name.equals("松溉镇") || name.equals("松溉乡"))) {
      return Optional.of(SONGGAI);
    }
    if (parent == 3) {
      return Optional.ofNullable(Map.of("文昌宫社区", WENCHANGGONG, "松江社区", SONGJIANG).get(name));
    }
    return Optional.empty();
  }

  private static final IssuingRegions DISTRICTS =
      IssuingRegions.of(
          List.of(new RegionRef(1, "500000", "重庆市", RegionLevel.CITY, null, "/1/"), YONGCHUAN));

  private static final Map<String, NameListRules.Category> CATEGORIES =
      Map.of(
          "DIBAO",
          new NameListRules.Category("DIBAO", "民政局"),
          "低保对象",
          new NameListRules.Category("DIBAO", "民政局"));

  /**
   * The kinds as the pipeline registers them (their row checks need none of their injected parts).
   */
  /** The kernel's reader of name lists, as the application gets it injected. */
  static final TableFiles TABLES = new SpreadsheetTableFiles();

  static final ListKinds KINDS =
      new ListKinds(
          List.of(
              new HouseholdList(), new IdentityList(), new PaymentList(), new MedicalCostList()));

  private static List<StagedRow> check(
      ImportKind kind, RegionRef area, NameListRules.Category fileCategory, String csv) {
    NameListRules rules =
        new NameListRules(
            KINDS.of(kind),
            area,
            NameListRulesTest::child,
            CATEGORIES,
            fileCategory,
            DISTRICTS,
            TODAY);
    return TABLES
        .readAll("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 100)
        .stream()
        .map(rules::check)
        .toList();
  }

  @Test
  void districtListResolvesTownshipsByFormerNamesAndVillages() {
    List<StagedRow> rows =
        check(
            ImportKind.HOUSEHOLD_REGISTER,
            YONGCHUAN,
            null,
            "身份证号,姓名,户号,与户主关系,乡镇,村\n11010519491231002X,张三,H1,户主,松溉乡,松江社区\n");
    StagedRow r = rows.get(0);
    assertThat(r.errors()).isEmpty();
    assertThat(r.villageId()).isEqualTo(5);
    assertThat(r.villagePath()).isEqualTo("/1/2/3/5/");
    assertThat(r.sex()).isEqualTo("女");
    assertThat(r.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void everyProblemNamesRowColumnAndReason() {
    List<StagedRow> rows =
        check(
            ImportKind.HOUSEHOLD_REGISTER,
            YONGCHUAN,
            null,
            "身份证号,姓名,乡镇,村\n110105194912310021,李四,松溉镇,松江社区\n11010519491231002X,,松溉镇,松江社区\n11010519491231002X,王五,来苏镇,某村\n11010519491231002X,赵六,松溉镇,不存在村\n");
    assertThat(rows.get(0).errors())
        .extracting(ImportError::row, ImportError::column)
        .containsExactly(Tuple.tuple(2, "身份证号"));
    assertThat(rows.get(0).errors().get(0).reason()).contains("校验位错误");
    assertThat(rows.get(1).errors()).extracting(ImportError::column).containsExactly("姓名");
    assertThat(rows.get(2).errors().get(0).reason()).contains("永川区下没有名为“来苏镇”的乡镇(街道)");
    assertThat(rows.get(3).errors().get(0).reason()).contains("找不到村(社区)“不存在村”");
  }

  @Test
  void villageOfficersMayOnlyListTheirVillage() {
    List<StagedRow> rows =
        check(
            ImportKind.HOUSEHOLD_REGISTER,
            WENCHANGGONG,
            null,
            "身份证号,姓名,村\n11010519491231002X,张三,文昌宫社区\n440524188001010014,李四,松江社区\n500102199003071232,王五,\n");
    assertThat(rows.get(0).villageId()).isEqualTo(4);
    assertThat(rows.get(1).errors().get(0).reason()).contains("不在您的管辖范围内");
    assertThat(rows.get(2).villageId()).isEqualTo(4);
  }

  @Test
  void identityListsTakeTheCategoryFromTheFileOrTheColumnAndDefaultTheYear() {
    List<StagedRow> chosen =
        check(
            ImportKind.IDENTITY_LIST,
            YONGCHUAN,
            CATEGORIES.get("DIBAO"),
            "身份证号,姓名\n11010519491231002X,张三\n");
    assertThat(chosen.get(0).categoryCode()).isEqualTo("DIBAO");
    assertThat(chosen.get(0).department()).isEqualTo("民政局");
    assertThat(chosen.get(0).validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));

    List<StagedRow> column =
        check(
            ImportKind.IDENTITY_LIST,
            YONGCHUAN,
            null,
            "身份证号,姓名,身份类别,有效期起,有效期止\n11010519491231002X,张三,低保对象,2023/1/1,2023-12-31\n11010519491231002X,张三,特困人员,2023-01-01,\n11010519491231002X,张三,低保对象,2023-05-01,2023-01-01\n11010519491231002X,张三,低保对象,昨天,\n");
    assertThat(column.get(0).validFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(column.get(0).validTo()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(column.get(1).errors().get(0).reason()).contains("未知的身份类别：特困人员");
    assertThat(column.get(2).errors().get(0).reason()).contains("截止日期早于起始日期");
    assertThat(column.get(3).errors().get(0).column()).isEqualTo("有效期起");
  }

  @Test
  void missingColumnsAreReportedBeforeAnyRow() {
    NameListRules rules =
        new NameListRules(
            KINDS.of(ImportKind.HOUSEHOLD_REGISTER),
            YONGCHUAN,
            NameListRulesTest::child,
            CATEGORIES,
            null,
            DISTRICTS,
            TODAY);
    try (TableReader reader = TABLES.open("t.csv", write("编号,名字\n1,张三\n"), 10)) {
      assertThat(rules.missingColumns(reader)).containsExactly("身份证号", "姓名", "村(社区)", "乡镇(街道)");
    }
  }

  private static Path write(String text) {
    try {
      Path p = Files.createTempFile("rules", ".csv");
      Files.writeString(p, text);
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void paymentListRowsCarryTypeTierDateChannelAndAmount() {
    List<StagedRow> rows =
        check(
            ImportKind.PAYMENT_LIST,
            SONGGAI,
            null,
            "身份证号,姓名,参保类型,档次,缴费日期,缴费渠道,缴费金额\n"
                + "11010519491231002X,张三,,一档,2022-11-20,,35\n"
                + "11010519491231002X,张三,新生儿,二档,2023/03/01,微信,\n"
                + "11010519491231002X,张三,学生,三档,,银行,-5\n");
    StagedRow.Payment first = rows.get(0).payment();
    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(first.insuredType()).isEqualTo(InsuredType.RESIDENT);
    assertThat(first.tier()).isEqualTo(Tier.TIER_1);
    assertThat(first.date()).isEqualTo(LocalDate.of(2022, 11, 20));
    assertThat(first.channel()).isEqualTo(PaymentChannel.TAX_BUREAU);
    assertThat(first.paid()).isEqualByComparingTo("35.00");
    StagedRow.Payment second = rows.get(1).payment();
    assertThat(second.insuredType()).isEqualTo(InsuredType.NEWBORN);
    assertThat(second.channel()).isEqualTo(PaymentChannel.WECHAT);
    assertThat(second.paid()).isNull();
    assertThat(rows.get(2).errors())
        .extracting(ImportError::column)
        .containsExactlyInAnyOrder("参保类型", "档次", "缴费日期", "缴费渠道", "缴费金额");
    assertThat(rows.get(2).errors()).allMatch(e -> e.row() == 4);
  }

  /** A valid 18-character number (check character computed) for a 17-digit body. */
  private static String id(String body17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * w[i];
    }
    return body17 + "10X98765432".charAt(sum % 11);
  }

  @Test
  void unknownChongqingCountyCodeIsAcceptedWithANoteAndAWrongProvinceIsRejectedNamingIt() {
    List<StagedRow> rows =
        check(
            ImportKind.HOUSEHOLD_REGISTER,
            SONGGAI,
            null,
            "身份证号,姓名,村\n"
                + id("50019919900101123")
                + ",张三,松江社区\n"
                + id("19010119900101123")
                + ",李四,松江社区\n"
                + id("50011819900101123")
                + ",王五,松江社区\n"
                + id("44052419900101123")
                + ",赵六,松江社区\n");
    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(rows.get(0).note()).isEqualTo("身份证号前六位“500199”不是重庆市现行区县代码（可能是历史代码），请核对");
    assertThat(rows.get(1).errors())
        .extracting(ImportError::row, ImportError::column, ImportError::reason)
        .containsExactly(Tuple.tuple(3, "身份证号", "身份证号前两位“19”不是有效的省级行政区划代码"));
    assertThat(rows.get(2).note()).as("a district of the region data").isNull();
    assertThat(rows.get(3).note())
        .as("another province: only its province code is checked")
        .isNull();
  }

  @Test
  void idColumnStoredAsNumbersByExcelIsRejectedNamingTheCause() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("身份证号");
      header.createCell(1).setCellValue("姓名");
      var number = sheet.createRow(1);
      number.createCell(0).setCellValue(Double.parseDouble(id("50011819900101123")));
      number.createCell(1).setCellValue("张三");
      var text = sheet.createRow(2);
      text.createCell(0).setCellValue(id("50011819900101123"));
      text.createCell(1).setCellValue("李四");
      wb.write(out);
      xlsx = out.toByteArray();
    }
    NameListRules rules =
        new NameListRules(
            KINDS.of(ImportKind.HOUSEHOLD_REGISTER),
            WENCHANGGONG,
            NameListRulesTest::child,
            CATEGORIES,
            null,
            DISTRICTS,
            TODAY);
    List<StagedRow> rows =
        TABLES.readAll("名单.xlsx", new ByteArrayInputStream(xlsx), 100).stream()
            .map(rules::check)
            .toList();
    assertThat(rows.get(0).errors())
        .extracting(ImportError::row, ImportError::column)
        .containsExactly(Tuple.tuple(2, "身份证号"));
    assertThat(rows.get(0).errors().get(0).reason())
        .startsWith("身份证号列被 Excel 存成了数字（精度已丢失），请将该列设为文本格式后重新导出");
    assertThat(rows.get(1).errors()).isEmpty();
    assertThat(rows.get(1).idNumber()).isEqualTo(id("50011819900101123"));

    List<StagedRow> csv =
        check(ImportKind.HOUSEHOLD_REGISTER, WENCHANGGONG, null, "身份证号,姓名\n5.00118E+17,王五\n");
    assertThat(csv.get(0).errors().get(0).reason())
        .as("a CSV saved from such a sheet")
        .startsWith("身份证号列被 Excel 存成了数字");
  }

  @Test
  void controlCharactersInACellRejectTheRow() {
    List<StagedRow> rows =
        check(
            ImportKind.HOUSEHOLD_REGISTER,
            SONGGAI,
            null,
            "身份证号,姓名,户号,村\n11010519491231002X,张\u0000三,H1,松江社区\n11010519491231002X,张三,H\u001b1,松江社区\n");
    assertThat(rows.get(0).errors()).extracting(ImportError::column).containsExactly("姓名");
    assertThat(rows.get(0).errors().get(0).reason()).contains("控制字符");
    assertThat(rows.get(1).errors()).extracting(ImportError::column).containsExactly("户号");
  }

  @Test
  void aCityWideListResolvesTownshipsInsideTheDistrictEachRowNames() {
    List<StagedRow> rows =
        check(
            ImportKind.HOUSEHOLD_REGISTER,
            CHONGQING,
            null,
            "身份证号,姓名,区县,乡镇(街道),村(社区)\n11010519491231002X,张三,永川区,松溉镇,松江社区\n11010519491231002X,李四,,松溉镇,松江社区\n"
                + "11010519491231002X,王五,涪陵区,松溉镇,松江社区\n");
    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(rows.get(0).villageId()).isEqualTo(5);
    assertThat(rows.get(1).errors())
        .extracting(ImportError::column, ImportError::reason)
        .containsExactly(Tuple.tuple("区县", "区县不能为空：上传人为重庆市时须写明区县"));
    assertThat(rows.get(2).errors().get(0).reason()).isEqualTo("重庆市下没有名为“涪陵区”的区县");
  }

  @Test
  void aDepartmentProviderListsOnlyItsDepartmentsCategories() {
    NameListRules rules =
        new NameListRules(
                KINDS.of(ImportKind.IDENTITY_LIST),
                YONGCHUAN,
                NameListRulesTest::child,
                Map.of(
                    "低保对象",
                    new NameListRules.Category("DIBAO", "民政局"),
                    "稳定脱贫人口",
                    new NameListRules.Category("STABLE_POST_POVERTY", "乡村振兴局")),
                null,
                DISTRICTS,
                TODAY)
            .forDepartment("永川区民政局");
    List<StagedRow> rows =
        TABLES
            .readAll(
                "t.csv",
                new ByteArrayInputStream(
                    "身份证号,姓名,身份类别\n11010519491231002X,张三,低保对象\n11010519491231002X,张三,稳定脱贫人口\n"
                        .getBytes(StandardCharsets.UTF_8)),
                100)
            .stream()
            .map(rules::check)
            .toList();
    assertThat(rows.get(0).errors()).isEmpty();
    assertThat(rows.get(1).errors())
        .extracting(ImportError::reason)
        .containsExactly("身份类别“稳定脱贫人口”由乡村振兴局认定，永川区民政局不能报送");
  }
}
