package org.canbao.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.domain.MedicalCostFigures;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.IssuingRegions;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableReader;
import org.junit.jupiter.api.Test;

/** The rows of a medical-cost extract (医疗费用明细) as the check reads them. */
class MedicalCostRowsTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 7, 15);
  private static final RegionRef YONGCHUAN =
      new RegionRef(2, "500118", "永川区", RegionLevel.DISTRICT, 1L, "/1/2/");
  private static final String HEADER = "身份证号,姓名,费用年月,统计口径,医疗总费用,基本医保支付,大病保险支付,医疗救助支付,个人自付,个人自费\n";
  private static final String ID = "11010519491231002X";

  private static NameListRules rules() {
    return new NameListRules(
        NameListRulesTest.KINDS.of(ImportKind.MEDICAL_COSTS),
        YONGCHUAN,
        (parent, name) -> Optional.empty(),
        Map.of(),
        null,
        IssuingRegions.of(List.of(YONGCHUAN)),
        TODAY);
  }

  private static List<StagedRow> check(String csv) {
    NameListRules rules = rules();
    return NameListRulesTest.TABLES
        .readAll("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 100)
        .stream()
        .map(rules::check)
        .toList();
  }

  private static StagedRow one(String line) {
    return check(HEADER + line + "\n").get(0);
  }

  private static String reasons(StagedRow r) {
    return String.join("；", r.errors().stream().map(e -> e.column() + ":" + e.reason()).toList());
  }

  @Test
  void aRowGivesTheMonthItsScopeAndEveryFigure() {
    StagedRow r = one(ID + ",张三,2024年3月,当月,\"12,000.50\",8000,1500.5,500,1500.00,500元");
    assertThat(r.errors()).isEmpty();
    MedicalCostFigures f = (MedicalCostFigures) r.details();
    assertThat(f.month()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(f.cumulative()).isFalse();
    assertThat(f.total()).isEqualByComparingTo("12000.50");
    assertThat(f.criticalIllness()).isEqualByComparingTo("1500.50");
    assertThat(f.selfBurden()).isEqualByComparingTo("2000.00");
    assertThat(r.payment()).isNull();
  }

  @Test
  void monthsAreReadAsOfficesWriteThem() {
    for (String written :
        List.of("2024-03", "2024/3", "202403", "2024.03", "2024-03-31", "2024年03月")) {
      StagedRow r = one(ID + ",张三," + written + ",年度累计,100,0,0,0,100,0");
      assertThat(r.errors()).as(written).isEmpty();
      assertThat(((MedicalCostFigures) r.details()).month()).isEqualTo(YearMonth.of(2024, 3));
      assertThat(((MedicalCostFigures) r.details()).cumulative()).isTrue();
    }
  }

  @Test
  void blankPartsAreNothingPaid() {
    StagedRow r = one(ID + ",张三,2024-01,当月,100,,,,80,");
    assertThat(r.errors()).isEmpty();
    assertThat(((MedicalCostFigures) r.details()).selfBurden()).isEqualByComparingTo("80.00");
  }

  @Test
  void everyProblemNamesItsColumn() {
    assertThat(reasons(one(ID + ",张三,2024-13,当月,100,0,0,0,0,0"))).startsWith("费用年月:费用年月格式不正确");
    assertThat(reasons(one(ID + ",张三,2024-08,当月,100,0,0,0,0,0"))).contains("费用年月:费用年月2024-08不在");
    assertThat(reasons(one(ID + ",张三,,当月,100,0,0,0,0,0"))).isEqualTo("费用年月:费用年月不能为空");
    assertThat(reasons(one(ID + ",张三,2024-01,半年,100,0,0,0,0,0")))
        .isEqualTo("统计口径:未知的统计口径：半年（应为年度累计或当月）");
    assertThat(reasons(one(ID + ",张三,2024-01,当月,,0,0,0,0,0"))).isEqualTo("医疗总费用:医疗总费用不能为空");
    assertThat(reasons(one(ID + ",张三,2024-01,当月,100,-5,0,0,0,0")))
        .startsWith("基本医保支付:基本医保支付不是有效的金额");
    assertThat(reasons(one(ID + ",张三,2024-01,当月,100,0,0,0,1.005,0"))).startsWith("个人自付:");
    assertThat(reasons(one(ID + ",张三,2024-01,当月,100.00,60,0,0,40.00,0.01")))
        .isEqualTo("医疗总费用:基本医保、大病保险、医疗救助支付与个人自付、自费之和（100.01元）超过医疗总费用（100.00元）");
  }

  @Test
  void theRowNumberIsTheSpreadsheetsBelowTitleRows() {
    List<StagedRow> rows =
        check("永川区2024年3月医疗费用明细\n" + HEADER + ID + ",张三,2024-03,当月,100,0,0,0,0,-1\n");
    List<ImportError> errors = rows.get(0).errors();
    assertThat(errors).extracting(ImportError::row).containsExactly(3);
    assertThat(errors).extracting(ImportError::column).containsExactly("个人自费");
  }

  @Test
  void aFileWithoutTheFiguresIsRefusedNamingWhatIsMissing() throws Exception {
    try (TableReader reader =
        NameListRulesTest.TABLES.open(
            "t.csv",
            Files.writeString(
                Files.createTempFile("costs", ".csv"),
                "身份证号,姓名,费用年月,医疗总费用,个人自付\n" + ID + ",张三,2024-01,1,1\n"),
            10)) {
      assertThat(rules().missingColumns(reader))
          .containsExactly("统计口径", "基本医保支付", "大病保险支付", "医疗救助支付", "个人自费");
    }
  }
}
