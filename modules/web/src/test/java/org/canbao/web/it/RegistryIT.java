package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canbao.enrollment.application.CostYearToDateProperty;
import org.canbao.enrollment.application.SqlRuleProperties;
import org.canbao.enrollment.infrastructure.ClosedYearCases;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The person registry and the name-list import pipeline end to end: files posted as the demo users
 * would upload them, checked by the Jakarta Batch job on Payara Micro, committed into PostgreSQL.
 */
@ExtendWith(SharedServer.class)
class RegistryIT {
  private static final String HEADER = Imports.HEADER;

  @SharedServer.Base URL base;

  private String post(String user, String kind, String fileName, String category, byte[] body) {
    return Imports.post(base, user, kind, fileName, category, body);
  }

  private String waitFor(String user, String id) throws InterruptedException {
    return Imports.waitFor(base, user, id);
  }

  private String checkAndCommit(
      String user, String kind, String fileName, String category, byte[] body)
      throws InterruptedException {
    return Imports.checkAndCommit(base, user, kind, fileName, category, body);
  }

  static String newId() {
    return Imports.newId();
  }

  private String person(String user, String idNumber) {
    return Http.get(base, "api/persons?idNumber=" + idNumber, user).body();
  }

  @Test
  void householdListIsCheckedCommittedAndIdempotent() throws Exception {
    String a = newId();
    String b = newId();
    String c = newId();
    String csv =
        HEADER
            + a
            + ",张大山,H001,户主,松溉镇,文昌宫社区\n"
            + b
            + ",李小梅,H001,配偶,,文昌宫社区\n"
            + c
            + ",王建国,H002,户主,松溉镇,松江社区\n";
    String id =
        post("sbs", "HOUSEHOLD_REGISTER", "户籍.csv", null, csv.getBytes(StandardCharsets.UTF_8));
    String checked = waitFor("sbs", id);
    assertEquals("CHECKED", Http.field(checked, "status"));
    assertEquals("3", Http.field(checked, "newRows"));
    assertTrue(person("sbs", a).strip().equals("[]"), "a dry run writes nothing");

    HttpResponse<String> commit =
        Http.post(base, "api/imports/" + id + "/commit", "sbs", new byte[0]);
    assertEquals(200, commit.statusCode(), commit.body());
    assertEquals("COMMITTED", Http.field(waitFor("sbs", id), "status"));
    String found = person("sbs", a);
    assertTrue(found.contains("张大山") && found.contains("文昌宫社区"), found);
    assertEquals(
        id, Http.field(found, "sourceBatchId"), "the record names the import that produced it");

    String again =
        waitFor(
            "sbs",
            post(
                "sbs", "HOUSEHOLD_REGISTER", "户籍.csv", null, csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals("0", Http.field(again, "newRows"));
    assertEquals("0", Http.field(again, "changedRows"));
    assertEquals("3", Http.field(again, "unchangedRows"), "the same file again changes nothing");
  }

  @Test
  void badRowsAreNamedAndNothingIsWritten() throws Exception {
    String good = newId();
    String dup = newId();
    String csv =
        HEADER
            + good
            + ",好人,H9,户主,松溉镇,鱼岭村\n"
            + good.substring(0, 17)
            + (good.charAt(17) == '0' ? '1' : '0')
            + ",错校验位,H9,户主,松溉镇,鱼岭村\n"
            + "500118199902300011,不存在日期,H9,户主,松溉镇,鱼岭村\n"
            + dup
            + ",无此村,H9,户主,松溉镇,不存在村\n"
            + good
            + ",重复,H9,户主,松溉镇,鱼岭村\n"
            + newId()
            + ",,H9,户主,松溉镇,鱼岭村\n";
    String id =
        post(
            "qxadmin", "HOUSEHOLD_REGISTER", "bad.csv", null, csv.getBytes(StandardCharsets.UTF_8));
    String checked = waitFor("qxadmin", id);
    assertEquals("1", Http.field(checked, "newRows"));
    assertEquals("5", Http.field(checked, "rejectedRows"));
    String errors = Http.get(base, "api/imports/" + id + "/errors", "qxadmin").body();
    assertTrue(errors.contains("\"row\":3") && errors.contains("校验位错误"), errors);
    assertTrue(errors.contains("\"row\":4") && errors.contains("19990230不存在"), errors);
    assertTrue(errors.contains("\"row\":5") && errors.contains("不存在村"), errors);
    assertTrue(errors.contains("\"row\":6") && errors.contains("重复"), errors);
    assertTrue(errors.contains("\"row\":7") && errors.contains("姓名不能为空"), errors);
    HttpResponse<String> commit =
        Http.post(base, "api/imports/" + id + "/commit", "qxadmin", new byte[0]);
    assertEquals(400, commit.statusCode());
    assertTrue(commit.body().contains("5行错误"), commit.body());
    assertEquals(
        "[]",
        person("qxadmin", good).strip(),
        "all or nothing: the good row was not written either");
  }

  @Test
  void gbkCsvAndXlsxAreRead() throws Exception {
    String a = newId();
    String gbk =
        waitFor(
            "sbs",
            post(
                "sbs",
                "HOUSEHOLD_REGISTER",
                "gbk.csv",
                null,
                (HEADER + a + ",赵四,H3,户主,松溉镇,旗山村\n").getBytes(Charset.forName("GBK"))));
    assertEquals("1", Http.field(gbk, "newRows"), gbk);

    String b = newId();
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      String[][] rows = {HEADER.strip().split(","), {b, "钱五", "H4", "户主", "松溉镇", "茅园村"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int col = 0; col < rows[r].length; col++) {
          row.createCell(col).setCellValue(rows[r][col]);
        }
      }
      wb.write(out);
      String x =
          waitFor("sbs", post("sbs", "HOUSEHOLD_REGISTER", "户籍.xlsx", null, out.toByteArray()));
      assertEquals("1", Http.field(x, "newRows"), x);
    }
  }

  @Test
  void unknownCountyCodeIsImportedWithANoteWhileWrongProvinceAndExcelNumbersAreRejected()
      throws Exception {
    LocalDate born = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    String unknownCounty = Imports.newId("500199", born);
    String wrongProvince = Imports.newId("190101", born);
    String csv =
        HEADER + unknownCounty + ",孙提示,H11,户主,松溉镇,鱼岭村\n" + wrongProvince + ",周省码,H11,配偶,松溉镇,鱼岭村\n";
    String id =
        post("sbs", "HOUSEHOLD_REGISTER", "提示.csv", null, csv.getBytes(StandardCharsets.UTF_8));
    String checked = waitFor("sbs", id);
    assertEquals("1", Http.field(checked, "newRows"), checked);
    assertEquals("1", Http.field(checked, "rejectedRows"), checked);
    assertEquals("1", Http.field(checked, "notedRows"), checked);
    String errors = Http.get(base, "api/imports/" + id + "/errors", "sbs").body();
    assertTrue(errors.contains("\"row\":3") && errors.contains("身份证号前两位“19”不是有效的省级行政区划代码"), errors);
    String notes = Http.get(base, "api/imports/" + id + "/notes", "sbs").body();
    assertTrue(
        notes.contains("\"row\":2") && notes.contains("身份证号前六位“500199”不是重庆市现行区县代码（可能是历史代码），请核对"),
        notes);

    String batch =
        checkAndCommit(
            "sbs",
            "HOUSEHOLD_REGISTER",
            "提示2.csv",
            null,
            (HEADER + unknownCounty + ",孙提示,H11,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "1", Http.field(Http.get(base, "api/imports/" + batch, "sbs").body(), "notedRows"));
    assertTrue(person("sbs", unknownCounty).contains("孙提示"), "a note does not block the commit");

    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      String[] header = HEADER.strip().split(",");
      String[] row = {null, "吴数字", "H12", "户主", "松溉镇", "鱼岭村"};
      var h = sheet.createRow(0);
      var r = sheet.createRow(1);
      for (int col = 0; col < header.length; col++) {
        h.createCell(col).setCellValue(header[col]);
        if (row[col] != null) {
          r.createCell(col).setCellValue(row[col]);
        }
      }
      String digits = newId();
      while (digits.endsWith("X")) { // one in eleven ends in X, which no number cell can hold
        digits = newId();
      }
      r.createCell(0)
          .setCellValue(
              Double.parseDouble(digits)); // the ID column as Excel stores it when not set to text
      wb.write(out);
      String x =
          waitFor("sbs", post("sbs", "HOUSEHOLD_REGISTER", "数字.xlsx", null, out.toByteArray()));
      assertEquals("1", Http.field(x, "rejectedRows"), x);
      String why = Http.get(base, "api/imports/" + Http.field(x, "id") + "/errors", "sbs").body();
      assertTrue(
          why.contains("\"row\":2") && why.contains("身份证号列被 Excel 存成了数字（精度已丢失），请将该列设为文本格式后重新导出"),
          why);
    }
  }

  @Test
  void hostileAndBrokenFilesAreRefused() throws IOException {
    assertRefused("a.doc", "x".getBytes(StandardCharsets.UTF_8), "不支持的文件类型");
    assertRefused("a.xlsx", "not a zip at all".getBytes(StandardCharsets.UTF_8), "不是有效的Excel");
    assertRefused("a.xlsx", new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9}, "Excel文件");
    assertRefused("a.csv", new byte[0], "文件为空");
    assertRefused("a.csv", "编号,名字\n1,张三\n".getBytes(StandardCharsets.UTF_8), "表头不正确");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'A');
      for (int i = 0; i < 60; i++) {
        z.write(block);
      }
    }
    assertRefused("bomb.xlsx", zip.toByteArray(), "Excel");
  }

  private void assertRefused(String fileName, byte[] body, String reason) {
    HttpResponse<String> r =
        Http.post(base, "api/imports?kind=HOUSEHOLD_REGISTER&fileName=" + fileName, "sbs", body);
    assertEquals(400, r.statusCode(), fileName + ": " + r.body());
    assertTrue(r.body().contains(reason), fileName + ": " + r.body());
  }

  @Test
  void aMoveKeepsTheHistoryAndIdentitiesComeFromDepartmentLists() throws Exception {
    String a = newId();
    String first =
        checkAndCommit(
            "sbs",
            "HOUSEHOLD_REGISTER",
            "1.csv",
            null,
            (HEADER + a + ",孙迁移,H5,户主,松溉镇,打鱼河村\n").getBytes(StandardCharsets.UTF_8));
    String moved =
        waitFor(
            "sbs",
            post(
                "sbs",
                "HOUSEHOLD_REGISTER",
                "2.csv",
                null,
                (HEADER + a + ",孙迁移,H6,户主,松溉镇,新街子村\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(moved, "changedRows"));
    Http.post(base, "api/imports/" + Http.field(moved, "id") + "/commit", "sbs", new byte[0]);
    waitFor("sbs", Http.field(moved, "id"));
    long personId = Long.parseLong(Http.field(person("sbs", a), "id"));
    String detail = Http.get(base, "api/persons/" + personId, "sbs").body();
    assertTrue(
        detail.contains("打鱼河村") && detail.contains("新街子村"),
        "both villages stay in the history: " + detail);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    String yesterday = LocalDate.parse(today).minusDays(1).toString();
    assertTrue(
        detail.contains("\"validTo\":\"" + yesterday + "\""),
        "the village left ends the day before the move: " + detail);
    assertTrue(
        detail.contains("导入登记（批次 #" + first),
        "the history names the import that registered the person: " + detail);
    assertTrue(detail.contains("sbs：修改"), "the move is an audited change: " + detail);

    String identities =
        "身份证号,姓名,有效期起\n"
            + a
            + ",孙迁移,2023-01-01\n"
            + newId()
            + ",查无此人,2023-01-01\n"
            + a.substring(0, 17)
            + ","
            + "坏号码,2023-01-01\n";
    String idList =
        waitFor(
            "minzheng",
            post(
                "minzheng",
                "IDENTITY_LIST",
                "低保.csv",
                "DIBAO",
                identities.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(idList, "newRows"), idList);
    assertEquals("2", Http.field(idList, "rejectedRows"));
    String ok = "身份证号,姓名,有效期起\n" + a + ",孙迁移,2023-01-01\n";
    String batch =
        checkAndCommit(
            "minzheng", "IDENTITY_LIST", "低保2.csv", "DIBAO", ok.getBytes(StandardCharsets.UTF_8));
    detail = Http.get(base, "api/persons/" + personId, "sbs").body();
    assertTrue(detail.contains("低保对象") && detail.contains("\"batchId\":" + batch), detail);

    // a quote for the registered person: the identity valid on the payment date counts
    String march =
        "{\"personId\":"
            + personId
            + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2023-03-15\"}";
    String q = Http.postJson(base, "api/quotes", "sbs", march).body();
    assertEquals("DIBAO", Http.field(q, "categoryCode"), q);
    assertEquals(
        "2023-03-15", Http.field(q, "benefitStart"), "low-income people have no waiting period");
    String before =
        Http.postJson(base, "api/quotes", "sbs", march.replace("2023-03-15", "2022-11-20")).body();
    assertTrue(
        before.contains("\"subsidy\":0"), "the identity is valid from 2023-01-01 only: " + before);
    assertEquals(
        403,
        Http.postJson(base, "api/quotes", "fladmin", march).statusCode(),
        "another district's person");
  }

  /**
   * Issue 9: an identity list whose commit went through says so — 已导入 with the counts of its check,
   * on its own and in the import history — instead of 导入中, or 预检中 0/0/0/0.
   */
  @Test
  void aCommittedIdentityListReportsItsStatusAndCountsAlsoInTheHistory() throws Exception {
    String a = newId();
    String b = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "状态.csv",
        null,
        (HEADER + a + ",周状态,H81,户主,松溉镇,茅园村\n" + b + ",吴状态,H81,配偶,松溉镇,茅园村\n")
            .getBytes(StandardCharsets.UTF_8));
    checkAndCommit(
        "minzheng",
        "IDENTITY_LIST",
        "特困1.csv",
        "TEKUN",
        ("身份证号,姓名,有效期起\n" + b + ",吴状态,2023-01-01\n").getBytes(StandardCharsets.UTF_8));

    String list = "身份证号,姓名,有效期起\n" + a + ",周状态,2023-01-01\n" + b + ",吴状态,2023-01-01\n";
    String id =
        post(
            "minzheng", "IDENTITY_LIST", "特困2.csv", "TEKUN", list.getBytes(StandardCharsets.UTF_8));
    String checked = Imports.waitForStatus(base, "minzheng", id, "CHECKED");
    assertEquals("CHECKED", Http.field(checked, "status"), checked);
    HttpResponse<String> commit =
        Http.post(base, "api/imports/" + id + "/commit", "minzheng", new byte[0]);
    assertEquals(200, commit.statusCode(), commit.body());

    String done = Imports.waitForStatus(base, "minzheng", id, "COMMITTED");
    assertEquals("COMMITTED", Http.field(done, "status"), done);
    assertEquals(
        List.of("1", "0", "1", "0"),
        List.of(
            Http.field(done, "newRows"),
            Http.field(done, "changedRows"),
            Http.field(done, "unchangedRows"),
            Http.field(done, "rejectedRows")),
        done);
    assertTrue(
        Http.get(base, "api/persons/" + Http.field(person("sbs", a), "id"), "sbs")
            .body()
            .contains("\"batchId\":" + id),
        "the identity is there");

    JsonObject row = Imports.inHistory(base, "minzheng", id);
    assertEquals("COMMITTED", row.getString("status"), row.toString());
    assertEquals(
        List.of(1, 0, 1, 0),
        List.of(
            row.getInt("newRows"),
            row.getInt("changedRows"),
            row.getInt("unchangedRows"),
            row.getInt("rejectedRows")),
        row.toString());
    assertEquals(
        Imports.inHistory(base, "qxadmin", id), row, "the district's history shows the same");
  }

  @Test
  void aTaxPaymentListIsPricedCheckedAndRecordedFrozen() throws Exception {
    String a = newId();
    String b = newId();
    String c = newId();
    String e = newId();
    String other = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "缴费人员.csv",
        null,
        (HEADER
                + a
                + ",钱低保,H71,户主,松溉镇,文昌宫社区\n"
                + b
                + ",钱普通,H71,配偶,松溉镇,文昌宫社区\n"
                + e
                + ",钱金额,H74,户主,松溉镇,文昌宫社区\n"
                + c
                + ",钱迟缴,H72,户主,松溉镇,文昌宫社区\n"
                + other
                + ",钱松江,H73,户主,松溉镇,松江社区\n")
            .getBytes(StandardCharsets.UTF_8));
    checkAndCommit(
        "minzheng",
        "IDENTITY_LIST",
        "低保3.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + a + ",钱低保,2023-01-01\n").getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> noYear =
        Http.post(
            base,
            "api/imports?kind=PAYMENT_LIST&fileName=p.csv",
            "sbs",
            "身份证号,姓名,档次,缴费日期\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, noYear.statusCode(), noYear.body());
    assertTrue(noYear.body().contains("参保年度"), noYear.body());

    String header = "身份证号,姓名,档次,缴费日期,缴费渠道,缴费金额\n";
    String bad =
        header
            + a
            + ",钱低保,一档,2023-03-15,税务批量,35\n"
            + b
            + ",钱错名,一档,2022-11-20,,\n"
            + c
            + ",钱迟缴,一档,2023-10-15,,\n"
            + a
            + ",钱低保,二档,2022-11-20,,\n"
            + b
            + ",钱普通,三档,2022-11-20,,\n"
            + e
            + ",钱金额,一档,2022-11-20,,100\n"
            + other
            + ",钱松江,一档,2022-11-20,,\n";
    String checked =
        waitFor(
            "cungan",
            Imports.postPayments(
                base, "cungan", 2023, "税务缴费.csv", bad.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(checked, "newRows"), checked);
    assertEquals("6", Http.field(checked, "rejectedRows"), checked);
    String errors =
        Http.get(base, "api/imports/" + Http.field(checked, "id") + "/errors", "cungan").body();
    assertTrue(errors.contains("\"row\":3") && errors.contains("姓名与户籍登记不一致"), errors);
    assertTrue(errors.contains("\"row\":4") && errors.contains("最后缴费日期2023-09-30，不再受理"), errors);
    assertTrue(errors.contains("\"row\":5") && errors.contains("重复"), errors);
    assertTrue(errors.contains("\"row\":6") && errors.contains("未知的档次"), errors);
    assertTrue(errors.contains("\"row\":7") && errors.contains("与应缴350.00元不符"), errors);
    assertTrue(
        errors.contains("\"row\":8") && errors.contains("您管辖范围内的户籍登记中没有此人"),
        "a village officer's list stays in the village: " + errors);
    assertEquals(
        400,
        Http.post(
                base, "api/imports/" + Http.field(checked, "id") + "/commit", "cungan", new byte[0])
            .statusCode(),
        "rejected rows: no commit");
    long personA = Long.parseLong(Http.field(person("sbs", a), "id"));
    assertEquals(
        "[]",
        Http.get(base, "api/enrollments?personId=" + personA, "sbs").body().strip(),
        "a checked list records nothing");

    String good = header + a + ",钱低保,一档,2023-03-15,税务批量,35.00\n" + b + ",钱普通,一档,2022-11-20,,\n";
    String batch =
        checkAndCommit(
            "sbs",
            "PAYMENT_LIST&year=2023",
            "税务缴费2.csv",
            null,
            good.getBytes(StandardCharsets.UTF_8));
    String recordA = Http.get(base, "api/enrollments?personId=" + personA, "sbs").body();
    assertEquals("RESIDENT_PAYMENT", Http.field(recordA, "kind"), recordA);
    assertEquals(
        "DIBAO",
        Http.field(recordA, "categoryCode"),
        "the identity valid on the payment date: " + recordA);
    assertTrue(
        recordA.contains("\"subsidy\":315") && recordA.contains("\"individual\":35"), recordA);
    assertEquals(
        "2023-03-15",
        Http.field(recordA, "benefitStart"),
        "low-income people have no waiting period");
    assertEquals("TAX_BUREAU", Http.field(recordA, "channel"));
    assertEquals(
        batch,
        Http.field(recordA, "batchId"),
        "the record names the payment list that produced it");
    long personB = Long.parseLong(Http.field(person("sbs", b), "id"));
    String recordB = Http.get(base, "api/enrollments?personId=" + personB, "sbs").body();
    assertTrue(
        recordB.contains("\"subsidy\":0") && recordB.contains("\"individual\":350"), recordB);
    assertEquals(
        "2023-01-01",
        Http.field(recordB, "benefitStart"),
        "paid in the centralised period: the whole year");

    String again =
        waitFor(
            "sbs",
            Imports.postPayments(
                base, "sbs", 2023, "税务缴费2.csv", good.getBytes(StandardCharsets.UTF_8)));
    assertEquals("0", Http.field(again, "newRows"), again);
    assertEquals(
        "2", Http.field(again, "unchangedRows"), "the same list again records nothing: " + again);
    String changed =
        waitFor(
            "sbs",
            Imports.postPayments(
                base,
                "sbs",
                2023,
                "税务缴费3.csv",
                (header + b + ",钱普通,二档,2022-11-21,,\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(changed, "rejectedRows"), changed);
    assertTrue(
        Http.get(base, "api/imports/" + Http.field(changed, "id") + "/errors", "sbs")
            .body()
            .contains("已有参保记录"));
    assertTrue(
        Http.get(base, "api/imports?max=50", "sbs").body().contains("\"id\":" + batch),
        "the payment list is in the import history");
  }

  /**
   * The import commit's SQL follows the domain's rules on PostgreSQL too (the real run's database):
   * the statements run on generated cases in a scratch schema, in a transaction that is rolled
   * back.
   */
  @Test
  void theCommitsSqlFollowsTheDomainRulesOnPostgresql() throws Exception {
    String url = System.getenv("CANBAO_DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"), "needs the test PostgreSQL");
    try (Connection db =
        DriverManager.getConnection(
            url, System.getenv("CANBAO_DB_USER"), System.getenv("CANBAO_DB_PASSWORD"))) {
      db.setAutoCommit(false);
      try {
        SqlRuleProperties rules = new SqlRuleProperties(db, "rulecheck", System.nanoTime());
        rules.createTables();
        assertEquals(3000, rules.moveClosesTheOldResidenceAsPersonMoveTo(3000));
        assertEquals(3000, rules.paymentIsRecordedAsEnrollmentRecordPayment(3000));
        assertEquals(120_000, rules.identityValidOnAsPersonIdentityValidOn(2000, 60));
        assertTrue(
            new CostYearToDateProperty(db, "costcheck", System.nanoTime())
                    .yearToDateAsCostYearToDate(2000)
                > 1900);
      } finally {
        db.rollback();
      }
    }
  }

  /**
   * A check that fails in the middle (here: the database refuses staged rows from row 7000 on, as a
   * full disk or a lost connection would) is run again from its checkpoint: nothing is staged
   * twice, nothing is missing, and the list can then be committed.
   */
  @Test
  void aCheckThatFailsHalfwayIsRestartedFromItsCheckpoint() throws Exception {
    String url = System.getenv("CANBAO_DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"), "needs the test PostgreSQL");
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < 12_000) {
      // born 1920-1934: no other test makes people of these years, so none of these is already
      // registered elsewhere
      var r = ThreadLocalRandom.current();
      ids.add(
          Imports.newId(LocalDate.of(1920 + r.nextInt(15), 1 + r.nextInt(12), 1 + r.nextInt(28))));
    }
    StringBuilder csv = new StringBuilder(HEADER);
    int n = 0;
    for (String id : ids) {
      csv.append(id).append(",续跑").append(n).append(",R").append(n++).append(",户主,松溉镇,茅园村\n");
    }
    String id;
    try (Connection db =
            DriverManager.getConnection(
                url, System.getenv("CANBAO_DB_USER"), System.getenv("CANBAO_DB_PASSWORD"));
        Statement sql = db.createStatement()) {
      sql.execute(
          "alter table enrollment.import_row add constraint restart_test check (row_no < 7000) not valid");
      try {
        id =
            post(
                "sbs",
                "HOUSEHOLD_REGISTER",
                "续跑.csv",
                null,
                csv.toString().getBytes(StandardCharsets.UTF_8));
        String failed = waitFor("sbs", id);
        assertEquals("FAILED", Http.field(failed, "status"), failed);
        assertEquals(
            "5000",
            Http.field(failed, "processedRows"),
            "the progress is written with each chunk staged, not at the end: " + failed);
      } finally {
        sql.execute("alter table enrollment.import_row drop constraint restart_test");
      }
      try (ResultSet rs =
          sql.executeQuery("select count(*) from enrollment.import_row where batch_id = " + id)) {
        rs.next();
        assertTrue(
            rs.getInt(1) > 0 && rs.getInt(1) < 12_000,
            "the first chunks were staged before the failure: " + rs.getInt(1));
      }
      HttpResponse<String> restart =
          Http.post(base, "api/imports/" + id + "/restart", "sbs", new byte[0]);
      assertEquals(200, restart.statusCode(), restart.body());
      String checked = waitFor("sbs", id);
      assertEquals("CHECKED", Http.field(checked, "status"), checked);
      assertEquals(
          "0",
          Http.field(checked, "rejectedRows"),
          "no row is seen twice after the restart: " + checked);
      int outcomes =
          Integer.parseInt(Http.field(checked, "newRows"))
              + Integer.parseInt(Http.field(checked, "changedRows"))
              + Integer.parseInt(Http.field(checked, "unchangedRows"));
      assertEquals(12_000, outcomes, checked);
      assertEquals(
          "12000",
          Http.field(checked, "processedRows"),
          "the restart counts on from the checkpoint: " + checked);
      try (ResultSet rs =
          sql.executeQuery(
              "select count(*), count(distinct row_no) from enrollment.import_row where batch_id = "
                  + id)) {
        rs.next();
        assertEquals(12_000, rs.getInt(1), "every row staged once");
        assertEquals(12_000, rs.getInt(2));
      }
    }
    assertEquals(
        200, Http.post(base, "api/imports/" + id + "/commit", "sbs", new byte[0]).statusCode());
    assertEquals("COMMITTED", Http.field(waitFor("sbs", id), "status"));
    assertTrue(person("sbs", ids.iterator().next()).contains("续跑0"));
  }

  @Test
  void villageOfficersStayInTheirVillage() throws Exception {
    String mine = newId();
    String other = newId();
    String csv =
        "身份证号,姓名,户号,与户主关系,村(社区)\n" + mine + ",本村人,H7,户主,文昌宫社区\n" + other + ",外村人,H8,户主,松江社区\n";
    String checked =
        waitFor(
            "cungan",
            post(
                "cungan",
                "HOUSEHOLD_REGISTER",
                "cun.csv",
                null,
                csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(checked, "rejectedRows"));
    String errors =
        Http.get(base, "api/imports/" + Http.field(checked, "id") + "/errors", "cungan").body();
    assertTrue(errors.contains("不在您的管辖范围内"), errors);

    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "sj.csv",
        null,
        (HEADER + other + ",外村人,H8,户主,松溉镇,松江社区\n").getBytes(StandardCharsets.UTF_8));
    long otherId = Long.parseLong(Http.field(person("sbs", other), "id"));
    assertEquals("[]", person("cungan", other).strip());
    assertEquals(403, Http.get(base, "api/persons/" + otherId, "cungan").statusCode());
    assertEquals(200, Http.get(base, "api/persons/" + otherId, "cungan2").statusCode());
    assertEquals(
        403, Http.get(base, "api/persons/" + otherId, "fladmin").statusCode(), "another district");
  }

  @Test
  void aFailureDuringTheCommitLeavesNothingHalfWritten() throws Exception {
    String shared = newId();
    String bystander = newId();
    String first =
        post(
            "sbs",
            "HOUSEHOLD_REGISTER",
            "x.csv",
            null,
            (HEADER + bystander + ",旁人,H10,户主,松溉镇,鱼岭村\n" + shared + ",共同,H10,户主,松溉镇,鱼岭村\n")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("2", Http.field(waitFor("sbs", first), "newRows"));
    // meanwhile another list registers one of the same people
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "y.csv",
        null,
        (HEADER + shared + ",共同,H10,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    Http.post(base, "api/imports/" + first + "/commit", "sbs", new byte[0]);
    String failed = waitFor("sbs", first);
    assertEquals("FAILED", Http.field(failed, "status"), failed);
    String message = Http.field(failed, "message");
    assertTrue(message.contains("未写入") && message.contains("事件编号"), failed);
    // the database's own words (SQL, the duplicate key's values) go to the server log only
    for (String leak :
        List.of(
            shared,
            bystander,
            "insert",
            "INSERT",
            "SQL",
            "duplicate",
            "violates",
            "ERROR:",
            "enrollment.person",
            "Exception")) {
      assertTrue(!message.contains(leak), "the message shows " + leak + ": " + message);
    }
    assertEquals("[]", person("sbs", bystander).strip(), "the commit wrote no row at all");
  }

  @Test
  void aNewCategoryNeedsNoCodeChange() throws Exception {
    String code = "TEST_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String json =
        "{\"code\":\""
            + code
            + "\",\"name\":\"测试类别"
            + code
            + "\",\"certifyingDepartment\":\"医保局\",\"group\":\"OTHER\",\"active\":true,\"sortOrder\":900}";
    HttpResponse<String> created = Http.postJson(base, "api/categories", "sysadmin", json);
    assertEquals(200, created.statusCode(), created.body());
    assertEquals(
        403,
        Http.postJson(base, "api/categories", "cungan", json.replace(code, code + "X"))
            .statusCode());
    assertEquals(
        403,
        Http.postJson(base, "api/categories", "qxadmin", json.replace(code, code + "Y"))
            .statusCode(),
        "identity categories are city-wide: a district administrator cannot change them");

    String a = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "c.csv",
        null,
        (HEADER + a + ",新类别人,H11,户主,松溉镇,旗山村\n").getBytes(StandardCharsets.UTF_8));
    String list = "身份证号,姓名,身份类别\n" + a + ",新类别人,测试类别" + code + "\n";
    checkAndCommit(
        "qxadmin", "IDENTITY_LIST", "new.csv", null, list.getBytes(StandardCharsets.UTF_8));
    long personId = Long.parseLong(Http.field(person("sbs", a), "id"));
    assertTrue(Http.get(base, "api/persons/" + personId, "sbs").body().contains(code));
    // retire it again: an inactive category needs no rule in later policies
    String id = Http.field(created.body(), "id");
    assertEquals(
        403,
        Http.send(
                base,
                "api/categories/" + id,
                "qxadmin",
                "PUT",
                json.replace("\"active\":true", "\"active\":false"))
            .statusCode());
    assertEquals(
        200,
        Http.send(
                base,
                "api/categories/" + id,
                "sysadmin",
                "PUT",
                json.replace("\"active\":true", "\"active\":false"))
            .statusCode());
  }

  /**
   * A department list provider uploads only its own department's identity lists (issue 9 item 10,
   * issue 10 item 3).
   */
  @Test
  void aDepartmentProviderUploadsOnlyTheListsItsDepartmentCertifies() throws Exception {
    String offered = Http.get(base, "api/imports/uploadable", "minzheng").body();
    assertTrue(offered.contains("\"kinds\":[\"IDENTITY_LIST\"]"), offered);
    assertTrue(
        offered.contains("DIBAO") && !offered.contains("STABLE_POST_POVERTY"),
        "民政局 certifies 低保, not 稳定脱贫人口: " + offered);
    String a = newId();
    byte[] household = (HEADER + a + ",部门越权,H30,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(
        403,
        Http.post(base, "api/imports?kind=HOUSEHOLD_REGISTER&fileName=h.csv", "minzheng", household)
            .statusCode());
    assertEquals(
        403,
        Http.post(
                base,
                "api/imports?kind=PAYMENT_LIST&year=2023&fileName=p.csv",
                "minzheng",
                "身份证号,姓名,档次,缴费日期\n".getBytes(StandardCharsets.UTF_8))
            .statusCode());
    HttpResponse<String> wholeFile =
        Http.post(
            base,
            "api/imports?kind=IDENTITY_LIST&category=STABLE_POST_POVERTY&fileName=s.csv",
            "minzheng",
            ("身份证号,姓名\n" + a + ",部门越权\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(400, wholeFile.statusCode(), wholeFile.body());
    assertTrue(wholeFile.body().contains("由乡村振兴局认定"), wholeFile.body());

    checkAndCommit("sbs", "HOUSEHOLD_REGISTER", "dept.csv", null, household);
    String rows = "身份证号,姓名,身份类别\n" + a + ",部门越权,稳定脱贫人口\n" + a + ",部门越权,低保对象\n";
    String checked =
        waitFor(
            "minzheng",
            post(
                "minzheng",
                "IDENTITY_LIST",
                "mixed.csv",
                null,
                rows.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(checked, "rejectedRows"), checked);
    String errors =
        Http.get(base, "api/imports/" + Http.field(checked, "id") + "/errors", "minzheng").body();
    assertTrue(errors.contains("\"row\":2") && errors.contains("永川区民政局不能报送"), errors);
    assertTrue(
        Http.get(base, "api/imports/uploadable", "sbs").body().contains("HOUSEHOLD_REGISTER"));
  }

  /** Above district level a household list names the district of each row (issue 9 item 8). */
  @Test
  void aSystemAdministratorsHouseholdListNamesTheDistrict() throws Exception {
    String a = newId();
    HttpResponse<String> noDistrict =
        Http.post(
            base,
            "api/imports?kind=HOUSEHOLD_REGISTER&fileName=city.csv",
            "sysadmin",
            (HEADER + a + ",市级导入,H40,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(400, noDistrict.statusCode(), noDistrict.body());
    assertTrue(noDistrict.body().contains("缺少列：区县"), noDistrict.body());
    String withDistrict =
        "身份证号,姓名,户号,与户主关系,区县,乡镇(街道),村(社区)\n"
            + a
            + ",市级导入,H40,户主,永川区,松溉镇,鱼岭村\n"
            + newId()
            + ",市级错区,H41,户主,涪陵区,松溉镇,鱼岭村\n";
    String checked =
        waitFor(
            "sysadmin",
            post(
                "sysadmin",
                "HOUSEHOLD_REGISTER",
                "city2.csv",
                null,
                withDistrict.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(checked, "newRows"), checked);
    assertEquals("1", Http.field(checked, "rejectedRows"), checked);
    String errors =
        Http.get(base, "api/imports/" + Http.field(checked, "id") + "/errors", "sysadmin").body();
    assertTrue(errors.contains("涪陵区下没有名为“松溉镇”的乡镇(街道)"), errors);
  }

  // ---- 台账/比对 (issue 12): cross-checks with enrollment and the uninsured follow-up ledger ----

  private long regionId(String name) {
    return Http.json(
            Http.get(
                    base,
                    "api/regions?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    "sbs")
                .body())
        .asJsonArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private long personId(String idNumber) {
    return Long.parseLong(Http.field(person("sbs", idNumber), "id"));
  }

  private long pay(long personId) {
    HttpResponse<String> r =
        Http.postJson(
            base,
            "api/enrollments",
            "sbs",
            "{\"personId\":"
                + personId
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2022-11-20\",\"channel\":\"WECHAT\"}");
    assertEquals(200, r.statusCode(), r.body());
    return Long.parseLong(Http.field(r.body(), "id"));
  }

  private long other(long personId, String kind) {
    HttpResponse<String> r =
        Http.postJson(
            base,
            "api/enrollments/other?personId="
                + personId
                + "&year=2023&kind="
                + kind
                + "&evidence=E"
                + personId,
            "sbs",
            "{}");
    assertEquals(200, r.statusCode(), r.body());
    return Long.parseLong(Http.field(r.body(), "id"));
  }

  private void reverse(long recordId, String reason) {
    HttpResponse<String> r =
        Http.send(base, "api/enrollments/" + recordId + "/reverse", "sbs", "POST", reason);
    assertEquals(200, r.statusCode(), r.body());
  }

  private JsonObject crossCheck(String user, String kind, long areaId, String month) {
    HttpResponse<String> r =
        Http.post(
            base,
            "api/follow-ups/cross-check?kind="
                + kind
                + "&year=2023&areaId="
                + areaId
                + (month == null ? "" : "&month=" + month),
            user,
            new byte[0]);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonObject();
  }

  /** The ledger lines of the area as {@code user} sees them, by ID number (all pages). */
  private Map<String, JsonObject> ledger(String user, long areaId, String filters) {
    Map<String, JsonObject> lines = new HashMap<>();
    for (int first = 0; ; first += 100) {
      HttpResponse<String> r =
          Http.get(
              base,
              "api/follow-ups?year=2023&areaId=" + areaId + filters + "&first=" + first,
              user);
      assertEquals(200, r.statusCode(), r.body());
      JsonArray page = Http.json(r.body()).asJsonArray();
      page.getValuesAs(JsonObject.class).forEach(l -> lines.put(l.getString("idNumber"), l));
      if (page.size() < 100) {
        return lines;
      }
    }
  }

  private HttpResponse<String> update(
      String user, long itemId, String reason, String note, String status) {
    return Http.send(
        base,
        "api/follow-ups/" + itemId,
        user,
        "PUT",
        "{"
            + (reason == null ? "" : "\"reason\":\"" + reason + "\",")
            + (note == null ? "" : "\"note\":\"" + note + "\",")
            + "\"status\":\""
            + status
            + "\"}");
  }

  static final byte[] SMALL_PDF = Imports.SMALL_PDF;

  @Test
  void crossChecksFillTheFollowUpLedgerWhichKeepsItsReasonsAndEvidenceInsideTheVillage()
      throws Exception {
    String plain = newId();
    String paid = newId();
    String reversedPayment = newId();
    String employeeEnded = newId();
    String outside = newId();
    String deceased = newId();
    String mover = newId();
    String identified = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "比对.csv",
        null,
        (HEADER
                + plain
                + ",台账未缴,HT1,户主,松溉镇,文昌宫社区\n"
                + paid
                + ",台账已缴,HT1,配偶,松溉镇,文昌宫社区\n"
                + reversedPayment
                + ",台账冲正,HT2,户主,松溉镇,文昌宫社区\n"
                + employeeEnded
                + ",台账职工停保,HT3,户主,松溉镇,文昌宫社区\n"
                + outside
                + ",台账区外,HT4,户主,松溉镇,文昌宫社区\n"
                + deceased
                + ",台账死亡,HT5,户主,松溉镇,文昌宫社区\n"
                + mover
                + ",台账迁移,HT6,户主,松溉镇,文昌宫社区\n"
                + identified
                + ",台账新识别,HT7,户主,松溉镇,文昌宫社区\n")
            .getBytes(StandardCharsets.UTF_8));
    pay(personId(paid));
    reverse(pay(personId(reversedPayment)), "录入错误");
    reverse(other(personId(employeeEnded), "EMPLOYEE_INSURANCE"), "职工医保停保");
    other(personId(outside), "INSURED_OUTSIDE");
    HttpResponse<String> died =
        Http.postJson(
            base,
            "api/persons/" + personId(deceased) + "/status",
            "sbs",
            "{\"status\":\"DECEASED\",\"since\":\"2023-02-01\"}");
    assertEquals(200, died.statusCode(), died.body());
    long village = regionId("文昌宫社区");
    long otherVillage = regionId("松江社区");
    long town = regionId("松溉镇");

    assertEquals(
        403,
        Http.post(
                base,
                "api/follow-ups/cross-check?kind=REGISTER&year=2023&areaId=" + otherVillage,
                "cungan",
                new byte[0])
            .statusCode(),
        "a village officer checks only their own village");
    JsonObject first = crossCheck("cungan", "REGISTER", village, null);
    assertTrue(first.getInt("uninsured") >= 5 && first.getInt("compared") >= 8, first.toString());
    var lines = ledger("cungan", village, "");
    for (String id : List.of(plain, reversedPayment, employeeEnded, deceased, mover)) {
      assertTrue(lines.containsKey(id), id + " is uninsured: " + lines.keySet().size());
      assertTrue(
          lines.get(id).getJsonArray("foundBy").toString().contains("REGISTER"),
          lines.get(id).toString());
      assertEquals("TO_CONTACT", lines.get(id).getString("status"));
    }
    for (String id : List.of(paid, outside)) {
      assertTrue(
          !lines.containsKey(id),
          id + " is insured (a payment, insured outside the district count)");
    }
    assertEquals(
        "DECEASED",
        lines.get(deceased).getString("reason"),
        "the register's death fills the reason");
    assertEquals("死亡", lines.get(deceased).getString("registryStatus"));

    // the village officer works the ledger; the conclusions are the township's
    long plainItem = lines.get(plain).getJsonNumber("id").longValue();
    HttpResponse<String> contacted =
        update("cungan", plainItem, "STUDENT_ELSEWHERE", "在重庆大学参保", "CONTACTED");
    assertEquals(200, contacted.statusCode(), contacted.body());
    assertEquals("cungan", Http.field(contacted.body(), "statusBy"));
    assertEquals(
        403,
        update("cungan", plainItem, "STUDENT_ELSEWHERE", null, "REASON_PROVEN").statusCode(),
        "review is the township's");
    HttpResponse<String> noEvidence =
        update("sbs", plainItem, "STUDENT_ELSEWHERE", null, "REASON_PROVEN");
    assertEquals(400, noEvidence.statusCode(), noEvidence.body());
    assertTrue(noEvidence.body().contains("佐证材料"), noEvidence.body());

    // evidence: checked by content, kept inside the village
    HttpResponse<String> fake =
        Http.post(
            base,
            "api/follow-ups/"
                + plainItem
                + "/evidence?fileName="
                + URLEncoder.encode("学籍证明.pdf", StandardCharsets.UTF_8),
            "cungan",
            "这不是PDF，只是一段文字".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, fake.statusCode(), fake.body());
    assertTrue(fake.body().contains("内容不是PDF、JPEG或PNG"), fake.body());
    HttpResponse<String> real =
        Http.post(
            base,
            "api/follow-ups/"
                + plainItem
                + "/evidence?fileName="
                + URLEncoder.encode("学籍证明.pdf", StandardCharsets.UTF_8),
            "cungan",
            SMALL_PDF);
    assertEquals(200, real.statusCode(), real.body());
    long evidenceId =
        Http.json(real.body())
            .asJsonObject()
            .getJsonArray("evidence")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        "application/pdf",
        Http.json(real.body())
            .asJsonObject()
            .getJsonArray("evidence")
            .getJsonObject(0)
            .getString("contentType"));
    assertTrue(
        Arrays.equals(
            SMALL_PDF, Http.getBytes(base, "api/follow-ups/evidence/" + evidenceId, "cungan")),
        "the file comes back as stored");
    assertTrue(
        Arrays.equals(
            SMALL_PDF, Http.getBytes(base, "api/follow-ups/evidence/" + evidenceId, "sbs")),
        "the township reviews it");
    assertEquals(
        403,
        Http.get(base, "api/follow-ups/evidence/" + evidenceId, "cungan2").statusCode(),
        "another village's evidence, by id");
    assertEquals(
        403,
        Http.get(base, "api/follow-ups/" + plainItem, "cungan2").statusCode(),
        "another village's item, by id");
    assertEquals(403, update("cungan2", plainItem, "OTHER", "x", "CONTACTED").statusCode());
    assertTrue(!ledger("cungan2", otherVillage, "").containsKey(plain));
    assertEquals(
        403,
        Http.get(base, "api/follow-ups?year=2023&areaId=" + village, "cungan2").statusCode(),
        "not even the list of another village");
    HttpResponse<String> proven =
        update("sbs", plainItem, "STUDENT_ELSEWHERE", "在重庆大学参保", "REASON_PROVEN");
    assertEquals(200, proven.statusCode(), proven.body());
    assertEquals("sbs", Http.field(proven.body(), "statusBy"));
    assertTrue(
        ledger("sbs", town, "&outOfCity=true").containsKey(plain),
        "the out-of-city ledger shows people insured elsewhere");
    assertTrue(!ledger("sbs", town, "&outOfCity=true").containsKey(deceased));

    // new data, then the check again for the township: reasons and statuses kept, the lists updated
    pay(personId(reversedPayment));
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "迁移.csv",
        null,
        (HEADER + mover + ",台账迁移,HT8,户主,松溉镇,松江社区\n").getBytes(StandardCharsets.UTF_8));
    JsonObject again = crossCheck("sbs", "REGISTER", town, null);
    assertTrue(again.getInt("kept") >= 4 && again.getInt("nowInsured") >= 1, again.toString());
    var after = ledger("sbs", town, "");
    assertEquals("STUDENT_ELSEWHERE", after.get(plain).getString("reason"));
    assertEquals("在重庆大学参保", after.get(plain).getString("reasonNote"));
    assertEquals(
        "REASON_PROVEN",
        after.get(plain).getString("status"),
        "a re-run keeps what people recorded");
    assertEquals(
        "ENROLLED", after.get(reversedPayment).getString("status"), "paid since: enrolled");
    assertTrue(!after.get(reversedPayment).getBoolean("stillUninsured"));
    assertEquals("DECEASED", after.get(deceased).getString("reason"));
    assertTrue(
        ledger("cungan2", otherVillage, "").containsKey(mover),
        "the moved person's line follows them to their new village");
    assertTrue(!ledger("cungan", village, "").containsKey(mover));

    // department lists and the month's newly identified
    checkAndCommit(
        "minzheng",
        "IDENTITY_LIST",
        "台账低保.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + identified + ",台账新识别,2023-03-10\n").getBytes(StandardCharsets.UTF_8));
    JsonObject department = crossCheck("sbs", "DEPARTMENT", village, null);
    assertTrue(department.getInt("uninsured") >= 1, department.toString());
    JsonObject line = ledger("sbs", village, "").get(identified);
    assertTrue(
        line.getJsonArray("foundBy").toString().contains("DEPARTMENT")
            && line.getString("categories").contains("低保")
            && !line.getString("categories").contains("DIBAO"),
        line.toString());
    JsonObject march = crossCheck("sbs", "NEW_POOR", village, "2023-03");
    assertTrue(march.getInt("compared") >= 1 && march.getInt("uninsured") >= 1, march.toString());
    crossCheck("sbs", "NEW_POOR", village, "2023-04");
    line = ledger("sbs", village, "").get(identified);
    assertEquals(
        "2023-03", line.getString("identifiedMonth"), "identified in March, not April: " + line);
    assertTrue(line.getJsonArray("foundBy").toString().contains("NEW_POOR"), line.toString());
    HttpResponse<String> noMonth =
        Http.post(
            base,
            "api/follow-ups/cross-check?kind=NEW_POOR&year=2023&areaId=" + village,
            "sbs",
            new byte[0]);
    assertEquals(400, noMonth.statusCode());
    assertTrue(noMonth.body().contains("月份"), noMonth.body());
  }

  // ---- 跟踪台账 (issue 12 item 3): employee insurance checked monthly, college students after August
  // ----

  private long enroll(String user, String json) {
    HttpResponse<String> r = Http.postJson(base, "api/enrollments", user, json);
    assertEquals(200, r.statusCode(), r.body());
    return Long.parseLong(Http.field(r.body(), "id"));
  }

  private long other(long personId, int year, String kind) {
    HttpResponse<String> r =
        Http.postJson(
            base,
            "api/enrollments/other?personId="
                + personId
                + "&year="
                + year
                + "&kind="
                + kind
                + "&evidence=E"
                + personId,
            "sbs",
            "{}");
    assertEquals(200, r.statusCode(), r.body());
    return Long.parseLong(Http.field(r.body(), "id"));
  }

  private HttpResponse<String> stop(String user, long recordId, String day, String reason) {
    return Http.postJson(
        base,
        "api/enrollments/" + recordId + "/stop",
        user,
        "{\"stoppedOn\":\"" + day + "\",\"reason\":\"" + reason + "\"}");
  }

  private JsonObject check(String user, String kind, int year, long areaId, String month) {
    HttpResponse<String> r =
        Http.post(
            base,
            "api/follow-ups/cross-check?kind="
                + kind
                + "&year="
                + year
                + "&areaId="
                + areaId
                + (month == null ? "" : "&month=" + month),
            user,
            new byte[0]);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonObject();
  }

  /** JSON-B leaves null properties out. */
  private static boolean absent(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name);
  }

  /** All lines of a paged list endpoint (100 a page) as {@code user} sees them, by ID number. */
  private Map<String, JsonObject> lines(String user, String path) {
    Map<String, JsonObject> lines = new HashMap<>();
    for (int first = 0; ; first += 100) {
      HttpResponse<String> r = Http.get(base, path + "&first=" + first, user);
      assertEquals(200, r.statusCode(), r.body());
      JsonArray page = Http.json(r.body()).asJsonArray();
      page.getValuesAs(JsonObject.class).forEach(l -> lines.put(l.getString("idNumber"), l));
      if (page.size() < 100) {
        return lines;
      }
    }
  }

  @Test
  void employeeInsuranceStoppedInMayIsFollowedUpFromTheMayCheckAndKeepsItsReasonWhenCheckedAgain()
      throws Exception {
    String lapsed = newId();
    String rejoined = newId();
    String working = newId();
    String elsewhere = newId();
    String payer = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "职工停保.csv",
        null,
        (HEADER
                + lapsed
                + ",职工断保甲,HE1,户主,松溉镇,文昌宫社区\n"
                + rejoined
                + ",职工断保乙,HE2,户主,松溉镇,文昌宫社区\n"
                + working
                + ",职工在保丙,HE3,户主,松溉镇,文昌宫社区\n"
                + payer
                + ",居民缴费丁,HE4,户主,松溉镇,文昌宫社区\n"
                + elsewhere
                + ",职工断保戊,HE5,户主,松溉镇,松江社区\n")
            .getBytes(StandardCharsets.UTF_8));
    long lapsedRecord = other(personId(lapsed), 2023, "EMPLOYEE_INSURANCE");
    long rejoinedRecord = other(personId(rejoined), 2023, "EMPLOYEE_INSURANCE");
    other(personId(working), 2023, "EMPLOYEE_INSURANCE");
    long elsewhereRecord = other(personId(elsewhere), 2023, "EMPLOYEE_INSURANCE");
    long payment = pay(personId(payer));
    long village = regionId("文昌宫社区");
    long otherVillage = regionId("松江社区");
    long town = regionId("松溉镇");

    // 停保: only employee insurance, a day inside its year and not in the future, a reason; another
    // village's record is out of reach
    HttpResponse<String> notEmployee = stop("sbs", payment, "2023-05-15", "离职");
    assertEquals(400, notEmployee.statusCode(), notEmployee.body());
    assertTrue(notEmployee.body().contains("只有职工医保记录可以登记停保"), notEmployee.body());
    HttpResponse<String> future =
        stop("sbs", lapsedRecord, LocalDate.now().plusDays(2).toString(), "离职");
    assertEquals(400, future.statusCode(), future.body());
    assertTrue(future.body().contains("晚于今天"), future.body());
    HttpResponse<String> early = stop("sbs", lapsedRecord, "2022-12-31", "离职");
    assertEquals(400, early.statusCode(), early.body());
    assertTrue(early.body().contains("早于2023年1月1日"), early.body());
    HttpResponse<String> noReason = stop("sbs", lapsedRecord, "2023-05-15", " ");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("停保原因"), noReason.body());
    assertEquals(
        403,
        stop("cungan", elsewhereRecord, "2023-05-10", "离职").statusCode(),
        "a village officer stops only their village's records");
    HttpResponse<String> stopped = stop("cungan", lapsedRecord, "2023-05-15", "离职");
    assertEquals(200, stopped.statusCode(), stopped.body());
    assertEquals("2023-05-15", Http.field(stopped.body(), "stoppedOn"));
    assertEquals("离职", Http.field(stopped.body(), "stopReason"));
    assertEquals(200, stop("sbs", rejoinedRecord, "2023-05-20", "单位停缴").statusCode());
    assertEquals(200, stop("cungan2", elsewhereRecord, "2023-05-10", "退休").statusCode());
    HttpResponse<String> again = stop("sbs", lapsedRecord, "2023-05-16", "离职");
    assertEquals(400, again.statusCode(), again.body());
    assertTrue(again.body().contains("已于2023-05-15停保"), again.body());

    // the April check does not list people who stopped in May; the May check does
    JsonObject april = check("cungan", "EMPLOYEE_LAPSE", 2023, village, "2023-04");
    var ledger = ledger("cungan", village, "");
    assertTrue(
        !ledger.containsKey(lapsed) && !ledger.containsKey(rejoined),
        "stopped in May, not yet lapsed in April: " + april);
    HttpResponse<String> noMonth =
        Http.post(
            base,
            "api/follow-ups/cross-check?kind=EMPLOYEE_LAPSE&year=2023&areaId=" + village,
            "cungan",
            new byte[0]);
    assertEquals(400, noMonth.statusCode());
    assertTrue(noMonth.body().contains("月份"), noMonth.body());
    HttpResponse<String> wrongYear =
        Http.post(
            base,
            "api/follow-ups/cross-check?kind=EMPLOYEE_LAPSE&year=2023&areaId="
                + village
                + "&month=2022-12",
            "cungan",
            new byte[0]);
    assertEquals(400, wrongYear.statusCode());
    assertTrue(wrongYear.body().contains("不在2023年度内"), wrongYear.body());
    JsonObject may = check("cungan", "EMPLOYEE_LAPSE", 2023, village, "2023-05");
    assertTrue(may.getInt("uninsured") >= 2 && may.getInt("added") >= 2, may.toString());
    ledger = ledger("cungan", village, "");
    for (String id : List.of(lapsed, rejoined)) {
      assertTrue(ledger.containsKey(id), id + " lapsed in May: " + ledger.keySet());
      assertTrue(
          ledger.get(id).getJsonArray("foundBy").toString().contains("EMPLOYEE_LAPSE"),
          ledger.get(id).toString());
      assertEquals("TO_CONTACT", ledger.get(id).getString("status"));
    }
    assertTrue(
        !ledger.containsKey(working) && !ledger.containsKey(payer),
        "insured people are no follow-up items");
    assertTrue(
        !ledger.containsKey(elsewhere), "another village's lapse is not in this village's ledger");

    // the village records a reason; the other one joins resident insurance within 3 months of the
    // stop: no waiting period
    long lapsedItem = ledger.get(lapsed).getJsonNumber("id").longValue();
    assertEquals(
        200,
        update("cungan", lapsedItem, "EMPLOYER_ELSEWHERE", "在成都新单位参保", "CONTACTED").statusCode());
    HttpResponse<String> paid =
        Http.postJson(
            base,
            "api/enrollments",
            "sbs",
            "{\"personId\":"
                + personId(rejoined)
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2023-06-10\",\"channel\":\"WECHAT\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    assertEquals(
        "2023-06-10",
        Http.field(paid.body(), "benefitStart"),
        "joined within 3 months of the stop: benefits from the payment day");

    // re-run (the township): the payer is marked insured, the recorded reason is kept
    JsonObject rerun = check("sbs", "EMPLOYEE_LAPSE", 2023, town, "2023-05");
    assertTrue(rerun.getInt("nowInsured") >= 1 && rerun.getInt("kept") >= 1, rerun.toString());
    ledger = ledger("sbs", village, "");
    assertEquals("ENROLLED", ledger.get(rejoined).getString("status"));
    assertTrue(!ledger.get(rejoined).getBoolean("stillUninsured"));
    assertEquals("EMPLOYER_ELSEWHERE", ledger.get(lapsed).getString("reason"));
    assertEquals("在成都新单位参保", ledger.get(lapsed).getString("reasonNote"));
    assertEquals(
        "CONTACTED",
        ledger.get(lapsed).getString("status"),
        "a re-run keeps what the village recorded");

    // the tracking ledger: state, stop day, how insured now, the follow-up item; the village
    // officer sees their village only
    var tracking = lines("cungan", "api/ledgers/employee-insurance?year=2023&areaId=" + village);
    assertEquals("STOPPED", tracking.get(lapsed).getString("state"));
    assertEquals("2023-05-15", tracking.get(lapsed).getString("stoppedOn"));
    assertEquals("离职", tracking.get(lapsed).getString("stopReason"));
    assertEquals("2023-08-15", tracking.get(lapsed).getString("waitingExemptUntil"));
    assertEquals("CONTACTED", tracking.get(lapsed).getString("followUpStatus"));
    assertTrue(absent(tracking.get(lapsed), "insuredNow"), tracking.get(lapsed).toString());
    assertEquals("STOPPED", tracking.get(rejoined).getString("state"));
    assertEquals("居民医保缴费", tracking.get(rejoined).getString("insuredNow"));
    assertEquals("ENROLLED", tracking.get(rejoined).getString("followUpStatus"));
    assertEquals("INSURED", tracking.get(working).getString("state"));
    assertTrue(absent(tracking.get(working), "followUpStatus"), tracking.get(working).toString());
    assertTrue(
        !tracking.containsKey(payer) && !tracking.containsKey(elsewhere),
        "only this village's employee-insured people");
    var lapsedOnly =
        lines(
            "cungan",
            "api/ledgers/employee-insurance?year=2023&areaId=" + village + "&uninsuredOnly=true");
    assertTrue(
        lapsedOnly.containsKey(lapsed)
            && !lapsedOnly.containsKey(rejoined)
            && !lapsedOnly.containsKey(working),
        lapsedOnly.keySet().toString());
    assertTrue(
        !lines("cungan", "api/ledgers/employee-insurance?year=2023").containsKey(elsewhere),
        "a village officer's own list");
    assertEquals(
        403,
        Http.get(base, "api/ledgers/employee-insurance?year=2023&areaId=" + otherVillage, "cungan")
            .statusCode());
    assertTrue(lines("cungan2", "api/ledgers/employee-insurance?year=2023").containsKey(elsewhere));
    var township =
        lines("sbs", "api/ledgers/employee-insurance?year=2023&areaId=" + town + "&state=STOPPED");
    assertTrue(
        township.containsKey(lapsed)
            && township.containsKey(elsewhere)
            && !township.containsKey(working),
        "the township reviews all its villages");
    assertEquals(
        403,
        Http.get(base, "api/ledgers/employee-insurance?year=2023", "yiyuan").statusCode(),
        "not for hospitals");
  }

  @Test
  void collegeStudentsAreCheckedFromSeptemberBeforeTheYearAndTheUninsuredAreFollowedUp()
      throws Exception {
    String uninsured = newId();
    String insuredHere = newId();
    String atSchool = newId();
    String elsewhereVillage = newId();
    String notAStudent = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "大学生.csv",
        null,
        (HEADER
                + uninsured
                + ",大学生未缴甲,HC1,户主,松溉镇,文昌宫社区\n"
                + insuredHere
                + ",大学生已缴乙,HC2,户主,松溉镇,文昌宫社区\n"
                + atSchool
                + ",大学生外地丙,HC3,户主,松溉镇,文昌宫社区\n"
                + notAStudent
                + ",非大学生丁,HC4,户主,松溉镇,文昌宫社区\n"
                + elsewhereVillage
                + ",大学生松江戊,HC5,户主,松溉镇,松江社区\n")
            .getBytes(StandardCharsets.UTF_8));
    for (String id : List.of(uninsured, insuredHere, elsewhereVillage)) {
      enroll(
          "sbs",
          "{\"personId\":"
              + personId(id)
              + ",\"year\":2023,\"insuredType\":\"COLLEGE_STUDENT\",\"tier\":\"TIER_1\","
              + "\"paymentDate\":\"2022-11-20\",\"channel\":\"WECHAT\"}");
    }
    pay(personId(notAStudent));
    long village = regionId("文昌宫社区");
    long otherVillage = regionId("松江社区");
    // 2023: found insured at a university elsewhere (the follow-up ledger's reason) — a student too
    check("sbs", "REGISTER", 2023, village, null);
    long atSchoolItem = ledger("sbs", village, "").get(atSchool).getJsonNumber("id").longValue();
    assertEquals(
        200, update("sbs", atSchoolItem, "STUDENT_ELSEWHERE", "在四川大学参保", "CONTACTED").statusCode());
    other(personId(insuredHere), 2024, "EMPLOYEE_INSURANCE");

    int future = LocalDate.now().getYear() + 2;
    HttpResponse<String> early =
        Http.post(
            base,
            "api/follow-ups/cross-check?kind=COLLEGE&year=" + future + "&areaId=" + village,
            "cungan",
            new byte[0]);
    assertEquals(400, early.statusCode(), early.body());
    assertTrue(early.body().contains((future - 1) + "-09-01起方可进行"), early.body());

    JsonObject result = check("cungan", "COLLEGE", 2024, village, null);
    assertTrue(
        result.getInt("compared") >= 3 && result.getInt("uninsured") >= 2, result.toString());
    var items = lines("cungan", "api/follow-ups?year=2024&areaId=" + village);
    assertTrue(
        items.containsKey(uninsured)
            && items.get(uninsured).getJsonArray("foundBy").toString().contains("COLLEGE"),
        items.keySet().toString());
    assertTrue(
        items.containsKey(atSchool),
        "last year's student insured elsewhere must prove it again for 2024");
    assertTrue(!items.containsKey(insuredHere), "insured for 2024: no follow-up");
    assertTrue(
        !items.containsKey(notAStudent) && !items.containsKey(elsewhereVillage),
        items.keySet().toString());

    // evidence of the university's insurance: 已在就读地参保(有佐证)
    long item2024 = items.get(atSchool).getJsonNumber("id").longValue();
    assertEquals(
        200, update("cungan", item2024, "STUDENT_ELSEWHERE", "在四川大学参保", "CONTACTED").statusCode());
    assertEquals(
        200,
        Http.post(
                base,
                "api/follow-ups/"
                    + item2024
                    + "/evidence?fileName="
                    + URLEncoder.encode("参保证明.pdf", StandardCharsets.UTF_8),
                "cungan",
                SMALL_PDF)
            .statusCode());

    var students = lines("cungan", "api/ledgers/college-students?year=2024&areaId=" + village);
    assertEquals("NOT_INSURED", students.get(uninsured).getString("state"));
    assertEquals("TO_CONTACT", students.get(uninsured).getString("followUpStatus"));
    assertEquals("2023年在渝高校参保", students.get(uninsured).getString("lastYear"));
    assertEquals("INSURED_HERE", students.get(insuredHere).getString("state"));
    assertEquals("职工医保", students.get(insuredHere).getString("insuredBy"));
    assertEquals("INSURED_AT_SCHOOL", students.get(atSchool).getString("state"));
    assertEquals("2023年在外地高校参保", students.get(atSchool).getString("lastYear"));
    assertTrue(
        !students.containsKey(notAStudent) && !students.containsKey(elsewhereVillage),
        students.keySet().toString());
    var notInsured = lines("cungan", "api/ledgers/college-students?year=2024&state=NOT_INSURED");
    assertTrue(
        notInsured.containsKey(uninsured)
            && !notInsured.containsKey(atSchool)
            && !notInsured.containsKey(insuredHere),
        notInsured.keySet().toString());
    assertEquals(
        403,
        Http.get(base, "api/ledgers/college-students?year=2024&areaId=" + village, "cungan2")
            .statusCode());
    var theirs = lines("cungan2", "api/ledgers/college-students?year=2024");
    assertTrue(
        theirs.containsKey(elsewhereVillage) && !theirs.containsKey(uninsured),
        "a village officer sees their village only");
    assertTrue(
        lines("sbs", "api/ledgers/college-students?year=2024")
            .keySet()
            .containsAll(List.of(uninsured, elsewhereVillage)),
        "the township sees all");
  }

  // ---- issue 10: the real attack of item 1, and the odd inputs of item 10 ----

  /**
   * Item 1 as it was carried out: a village officer's household list names a person registered in
   * another village, under the officer's own village and another name. The row is refused, the
   * person stays where and who they were, and the payment list answers an ID number registered
   * elsewhere exactly as one registered nowhere (whether a number exists in the city is not the
   * uploader's to learn; a household list cannot hide it: see docs/security.md). Another district:
   * FoundationIT.
   */
  @Test
  void aVillageOfficersListCannotMoveOrRenamePeopleOfAnotherArea() throws Exception {
    String neighbour = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "sj-attack.csv",
        null,
        (HEADER + neighbour + ",松江居民,H80,户主,松溉镇,松江社区\n").getBytes(StandardCharsets.UTF_8));
    String before = Http.get(base, "api/persons?idNumber=" + neighbour, "sbs").body();

    String attack = "身份证号,姓名,户号,与户主关系,村(社区)\n" + neighbour + ",改名甲,H82,户主,文昌宫社区\n";
    String checked =
        waitFor(
            "cungan",
            post(
                "cungan",
                "HOUSEHOLD_REGISTER",
                "attack.csv",
                null,
                attack.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(checked, "rejectedRows"), checked);
    assertEquals("0", Http.field(checked, "changedRows"), checked);
    String errors =
        Http.get(base, "api/imports/" + Http.field(checked, "id") + "/errors", "cungan").body();
    assertTrue(
        errors.contains("\"row\":2") && errors.contains("此人已在您的管辖范围以外登记户籍，不能由您迁入或更正"), errors);
    assertTrue(
        !errors.contains("松江") && !errors.contains("居民"), "neither where nor who: " + errors);
    assertEquals(
        400,
        Http.post(
                base, "api/imports/" + Http.field(checked, "id") + "/commit", "cungan", new byte[0])
            .statusCode());
    assertEquals(
        before,
        Http.get(base, "api/persons?idNumber=" + neighbour, "sbs").body(),
        "not moved, not renamed");
    assertEquals(
        200,
        Http.get(base, "api/persons/" + Http.field(before, "id"), "cungan2").statusCode(),
        "松江社区 keeps its resident");

    // the payment list's check: registered elsewhere and registered nowhere get one and the same
    // answer
    String payments =
        "身份证号,姓名,档次,缴费日期\n"
            + neighbour
            + ",松江居民,一档,2022-11-20\n"
            + newId()
            + ",无此人,一档,2022-11-20\n";
    String paid =
        waitFor(
            "cungan",
            Imports.postPayments(
                base, "cungan", 2023, "attack-pay.csv", payments.getBytes(StandardCharsets.UTF_8)));
    assertEquals("2", Http.field(paid, "rejectedRows"), paid);
    JsonArray reasons =
        Http.json(
                Http.get(base, "api/imports/" + Http.field(paid, "id") + "/errors", "cungan")
                    .body())
            .asJsonArray();
    assertEquals(2, reasons.size(), reasons.toString());
    assertEquals(
        1,
        reasons.stream().map(r -> r.asJsonObject().getString("reason")).distinct().count(),
        "one answer for both: " + reasons);
  }

  /**
   * Item 10: odd uploads and requests are refused with 400 and a reason, never a server error, and
   * a refused upload leaves no file behind.
   */
  @Test
  void oddUploadsAndRequestsAreRefusedWith400() throws Exception {
    String marker = UUID.randomUUID().toString();
    byte[] png = new byte[4096];
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d},
        0,
        png,
        0,
        12);
    byte[] m = marker.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(m, 0, png, 100, m.length);
    String longName = "名".repeat(296) + ".csv";
    byte[] valid =
        (HEADER + newId() + ",长文件名," + marker + ",户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8);
    record Upload(String fileName, byte[] body, String reason) {}
    for (Upload u :
        List.of(
            new Upload("binary.csv", png, "无法读取文件内容|表头不正确"),
            new Upload(longName, valid, "文件名过长"))) {
      HttpResponse<String> r =
          Http.post(
              base,
              "api/imports?kind=HOUSEHOLD_REGISTER&fileName="
                  + URLEncoder.encode(u.fileName(), StandardCharsets.UTF_8),
              "sbs",
              u.body());
      assertEquals(400, r.statusCode(), u.fileName() + ": " + r.body());
      assertTrue(
          Pattern.compile(u.reason()).matcher(Http.field(r.body(), "message")).find(), r.body());
    }
    Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "canbao-imports");
    if (Files.isDirectory(uploads)) {
      try (var files = Files.list(uploads)) {
        List<Path> kept =
            files
                .filter(
                    f -> {
                      try {
                        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                            .contains(marker);
                      } catch (IOException e) {
                        return false; // removed meanwhile
                      }
                    })
                .toList();
        assertEquals(List.of(), kept, "a refused upload is not kept");
      }
    }

    // a date that does not exist is a row error that says so, in every list that carries dates
    String id = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "dates.csv",
        null,
        (HEADER + id + ",日期检查,H90,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    record DatedList(String user, String kindAndParameters, String csv, String column) {}
    for (DatedList d :
        List.of(
            new DatedList(
                "sbs",
                "PAYMENT_LIST&year=2023",
                "身份证号,姓名,档次,缴费日期\n" + id + ",日期检查,一档,2023-02-30\n",
                "缴费日期"),
            new DatedList(
                "minzheng",
                "IDENTITY_LIST&category=DIBAO",
                "身份证号,姓名,有效期起\n" + id + ",日期检查,2023-02-30\n",
                "有效期起"))) {
      String q = "api/imports?kind=" + d.kindAndParameters() + "&fileName=dates.csv";
      HttpResponse<String> started =
          Http.post(base, q, d.user(), d.csv().getBytes(StandardCharsets.UTF_8));
      assertEquals(200, started.statusCode(), started.body());
      String checked = waitFor(d.user(), Http.field(started.body(), "id"));
      assertEquals("1", Http.field(checked, "rejectedRows"), checked);
      String errors =
          Http.get(base, "api/imports/" + Http.field(checked, "id") + "/errors", d.user()).body();
      assertTrue(errors.contains("日期不存在：2023-02-30") && errors.contains(d.column()), errors);
    }

    // bad values in requests: 400 with a Chinese message, never 404 or 500
    String pay =
        "{\"personId\":1,\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2022-11-20\",\"channel\":\"WECHAT\"}";
    List<HttpResponse<String>> bad = new ArrayList<>();
    bad.add(
        Http.postJson(
            base, "api/enrollments", "sbs", pay.replace("\"RESIDENT\"", "\"NO_SUCH_TYPE\"")));
    bad.add(
        Http.postJson(
            base, "api/enrollments", "sbs", pay.replace("\"WECHAT\"", "\"CARRIER_PIGEON\"")));
    bad.add(Http.get(base, "api/follow-ups?year=2023&status=NO_SUCH_STATUS", "sbs"));
    bad.add(Http.post(base, "api/imports?kind=NO_SUCH_KIND&fileName=a.csv", "sbs", valid));
    for (String path :
        List.of(
            "api/persons",
            "api/progress/uninsured?year=2023&villageId=1",
            "api/hospital-reports",
            "api/status-checks",
            "api/follow-ups?year=2023",
            "api/ledgers/subsidies?year=2023")) {
      bad.add(Http.get(base, path + (path.contains("?") ? "&" : "?") + "first=-5", "qxadmin"));
    }
    for (HttpResponse<String> r : bad) {
      assertEquals(400, r.statusCode(), r.uri() + ": " + r.body());
      assertTrue(
          Http.field(r.body(), "message").matches(".*[\\u4e00-\\u9fa5].*"),
          r.uri() + ": " + r.body());
    }
  }

  /**
   * One active enrollment record per person and year is PostgreSQL's rule too (V5_1's partial
   * unique index; OneActiveRecordConstraintTest proves H2's computed column): a second active
   * record of the person and year is refused whoever writes it, reversed ones and other years are
   * not. All in one transaction rolled back, so nothing is left behind.
   */
  @Test
  void theDatabaseHoldsOneActiveRecordPerPersonAndYear() throws Exception {
    String url = System.getenv("CANBAO_DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"), "needs the test PostgreSQL");
    try (Connection db =
            DriverManager.getConnection(
                url, System.getenv("CANBAO_DB_USER"), System.getenv("CANBAO_DB_PASSWORD"));
        Statement sql = db.createStatement()) {
      db.setAutoCommit(false);
      try {
        long person;
        try (ResultSet rs =
            sql.executeQuery(
                "insert into enrollment.person (id_number, name, sex, birth_date, village_id, village_path, status)"
                    + " select '"
                    + newId()
                    + "', '唯一性', '男', date '1990-01-01', r.id, r.path, 'NORMAL' from kernel.region r"
                    + " where r.level = 'VILLAGE' order by r.id limit 1 returning id")) {
          rs.next();
          person = rs.getLong(1);
        }
        String insert =
            "insert into enrollment.enrollment_record (person_id, insurance_year, kind, status, recorded_by, recorded_at)"
                + " values ("
                + person
                + ", %d, 'RESIDENT_PAYMENT', '%s', 'test', now())";
        sql.execute(String.format(insert, 2023, "ACTIVE"));
        Savepoint before = db.setSavepoint();
        SQLException refused =
            Assertions.assertThrows(
                SQLException.class, () -> sql.execute(String.format(insert, 2023, "ACTIVE")));
        assertEquals("23505", refused.getSQLState(), "a unique violation: " + refused.getMessage());
        assertTrue(
            refused.getMessage().contains("enrollment_record_active_uq"), refused.getMessage());
        db.rollback(before);
        sql.execute(String.format(insert, 2023, "REVERSED"));
        sql.execute(String.format(insert, 2023, "REVERSED"));
        sql.execute(String.format(insert, 2024, "ACTIVE"));
        try (ResultSet rs =
            sql.executeQuery(
                "select count(*) from enrollment.enrollment_record where person_id = " + person)) {
          rs.next();
          assertEquals(4, rs.getInt(1));
        }
      } finally {
        db.rollback();
      }
    }
  }

  /**
   * A body breaking its constraints is refused at the REST boundary in Chinese, naming the field,
   * in the usual error shape; nothing is created. A quote without type, tier and date is told all
   * three.
   */
  @Test
  void aBodyBreakingItsConstraintsIsRefusedInChineseNamingTheField() {
    String json =
        "{\"code\":\"TOO_LONG_NAME\",\"name\":\""
            + "类".repeat(300)
            + "\",\"certifyingDepartment\":\"民政局\",\"group\":\"OTHER\","
            + "\"active\":true,\"sortOrder\":990,\"waitingPeriodExemption\":\"NONE\"}";
    HttpResponse<String> r = Http.postJson(base, "api/categories", "sysadmin", json);
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("类别名称不能超过60个字", Http.field(r.body(), "message"), r.body());
    assertEquals("name", Http.field(r.body(), "field"), r.body());
    assertTrue(
        !Http.get(base, "api/categories", "sysadmin").body().contains("TOO_LONG_NAME"),
        "nothing was created");
    HttpResponse<String> quote = Http.postJson(base, "api/quotes", "sbs", "{\"year\":2023}");
    assertEquals(400, quote.statusCode(), quote.body());
    assertEquals("请选择参保类型；请选择档次；请填写缴费日期", Http.field(quote.body(), "message"), quote.body());
    assertEquals("insuredType", Http.field(quote.body(), "field"), quote.body());
  }

  // --- 医疗费用明细 (issue 15): the fourth kind of list -------------------------------------------

  /** A database value of the test PostgreSQL (the env of bin/test), or null without one. */
  private static String scalar(String sql) throws SQLException {
    String url = System.getenv("CANBAO_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return null;
    }
    try (Connection db =
            DriverManager.getConnection(
                url, System.getenv("CANBAO_DB_USER"), System.getenv("CANBAO_DB_PASSWORD"));
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /**
   * Medical-cost extracts through the pipeline as the district bureau uploads them: a GBK CSV with
   * a title row, an XLSX with amounts as numbers and one with ID numbers stored as numbers; a dry
   * run writes nothing, every bad row is named by row and column, a file with bad rows cannot be
   * committed; the same file again changes nothing; a month imported again replaces that month; a
   * monthly month after a cumulative one adds to it. Townships do not upload extracts.
   */
  @Test
  void medicalCostExtractsAreCheckedCommittedReplacedByMonthAndIdempotent() throws Exception {
    String a = newId();
    String b = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "费用人员.csv",
        null,
        (HEADER + a + ",费用甲,HC1,户主,松溉镇,鱼岭村\n" + b + ",费用乙,HC2,户主,松溉镇,鱼岭村\n")
            .getBytes(StandardCharsets.UTF_8));
    String unknown = newId();
    String titled =
        "永川区2025年3月医疗费用明细\n"
            + MedicalCosts.HEADER
            + MedicalCosts.row(a, "费用甲", "2025年3月", "当月", "3000.00", "500.00")
            + MedicalCosts.row(b, "费用乙", "2025-03", "年度累计", "6000.00", "0.00")
            + MedicalCosts.row(unknown, "无此人", "2025-03", "当月", "1.00", "0.00")
            + a.substring(0, 17)
            + (a.charAt(17) == '0' ? '1' : '0')
            + ",错号,2025-03,当月,10,0,0,0,1,0\n"
            + b
            + ",费用乙,2025-13,当月,10,0,0,0,1,0\n"
            + b
            + ",费用乙,2025-03,半年,10,0,0,0,1,0\n"
            + b
            + ",费用乙,2025-03,当月,100.00,90,0,0,10.01,0\n"
            + b
            + ",费用乙,2025-03,当月,-5,0,0,0,0,0\n";
    HttpResponse<String> township =
        Http.post(
            base,
            "api/imports?kind=MEDICAL_COSTS&fileName=t.csv",
            "sbs",
            titled.getBytes(Charset.forName("GBK")));
    assertEquals(
        403, township.statusCode(), "townships do not upload extracts: " + township.body());
    String id =
        post("qxadmin", "MEDICAL_COSTS", "费用.csv", null, titled.getBytes(Charset.forName("GBK")));
    String checked = waitFor("qxadmin", id);
    assertEquals("CHECKED", Http.field(checked, "status"), checked);
    assertEquals("2", Http.field(checked, "newRows"), checked);
    assertEquals("6", Http.field(checked, "rejectedRows"), checked);
    String errors = Http.get(base, "api/imports/" + id + "/errors", "qxadmin").body();
    Set<String> named = new LinkedHashSet<>();
    ((JsonArray) Http.json(errors))
        .getValuesAs(JsonObject.class)
        .forEach(e -> named.add(e.getInt("row") + ":" + e.getString("column")));
    assertEquals(
        List.of("5:身份证号", "6:身份证号", "7:费用年月", "8:统计口径", "9:医疗总费用", "10:医疗总费用"),
        List.copyOf(named),
        errors);
    for (String expected : List.of("超过医疗总费用（100.00元）", "未知的统计口径：半年", "费用年月格式不正确：2025-13")) {
      assertTrue(errors.contains(expected), expected + " in " + errors);
    }
    HttpResponse<String> refused =
        Http.post(base, "api/imports/" + id + "/commit", "qxadmin", new byte[0]);
    assertEquals(400, refused.statusCode(), refused.body());
    String personA = String.valueOf(Http.firstId(person("qxadmin", a)));
    String personB = String.valueOf(Http.firstId(person("qxadmin", b)));
    assertEquals(
        "0",
        Objects.requireNonNullElse(
            scalar("select count(*) from enrollment.medical_cost where person_id = " + personA),
            "0"),
        "a dry run and a refused commit write nothing");

    byte[] xlsx = costSheet(a, b, false);
    String batch = Imports.checkAndCommit(base, "qxadmin", "MEDICAL_COSTS", "费用.xlsx", null, xlsx);
    String again = waitFor("qxadmin", post("qxadmin", "MEDICAL_COSTS", "费用.xlsx", null, xlsx));
    assertEquals("0", Http.field(again, "newRows"), again);
    assertEquals("0", Http.field(again, "changedRows"), again);
    assertEquals("2", Http.field(again, "unchangedRows"), "the same file again changes nothing");

    // March again for 费用甲 with other figures: the month is replaced, not added
    String replaced =
        MedicalCosts.commit(
            base,
            "qxadmin",
            "三月更正.csv",
            MedicalCosts.HEADER + MedicalCosts.row(a, "费用甲", "2025-03", "当月", "2800.00", "100.00"));
    assertEquals(
        "1",
        Http.field(Http.get(base, "api/imports/" + replaced, "qxadmin").body(), "changedRows"));
    // April for 费用乙, monthly, after a cumulative March: added to it
    MedicalCosts.commit(
        base,
        "qxadmin",
        "四月.csv",
        MedicalCosts.HEADER + MedicalCosts.row(b, "费用乙", "2025-04", "当月", "250.50", "49.50"));

    if (scalar("select 1") != null) { // with the test PostgreSQL at hand (bin/test)
      assertEquals(
          "2900.00",
          scalar(
              "select self_burden from enrollment.v_medical_cost_year where cost_year = 2025 and person_id = "
                  + personA),
          "March replaced: 2,800 + 100");
      assertEquals(
          "6300.00",
          scalar(
              "select self_burden from enrollment.v_medical_cost_year where cost_year = 2025 and person_id = "
                  + personB),
          "cumulative March 6,000 + April 300");
      assertEquals(
          "1",
          scalar(
              "select count(*) from enrollment.medical_cost_aud a join enrollment.medical_cost m on m.id = a.id"
                  + " where a.revtype = 1 and m.person_id = "
                  + personA),
          "the replaced month has its audit row");
      assertEquals(
          batch,
          scalar(
              "select min(batch_id) from enrollment.medical_cost where cost_month = 3 and person_id = "
                  + personB));
    }

    String numbers =
        waitFor(
            "qxadmin", post("qxadmin", "MEDICAL_COSTS", "数字.xlsx", null, costSheet(a, b, true)));
    assertEquals("2", Http.field(numbers, "rejectedRows"), numbers);
    assertTrue(
        Http.get(base, "api/imports/" + Http.field(numbers, "id") + "/errors", "qxadmin")
            .body()
            .contains("身份证号列被 Excel 存成了数字"));
  }

  /**
   * The March extract of {@code a} (monthly) and {@code b} (cumulative) as an XLSX: amounts as
   * number cells; the ID numbers as text, or as the numbers Excel makes of them.
   */
  private static byte[] costSheet(String a, String b, boolean idsAsNumbers) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      String[] header = MedicalCosts.HEADER.strip().split(",");
      var h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      String[][] rows = {{a, "费用甲", "2025-03", "当月"}, {b, "费用乙", "2025-03", "年度累计"}};
      double[][] amounts = {
        {25200, 18000, 2500, 1200, 3000, 500}, {27700, 18000, 2500, 1200, 6000, 0}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < 4; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
        if (idsAsNumbers) {
          row.createCell(0).setCellValue(Double.parseDouble(rows[r][0].replace('X', '0')));
        }
        for (int c = 0; c < 6; c++) {
          row.createCell(4 + c).setCellValue(amounts[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private HttpResponse<String> changeRequest(
      String user, long personId, String kind, Long identityId, String date, String reason) {
    return Http.postJson(
        base,
        "api/change-requests",
        user,
        "{\"personId\":"
            + personId
            + ",\"kind\":\""
            + kind
            + "\",\"identityId\":"
            + identityId
            + ",\"date\":\""
            + date
            + "\",\"reason\":\""
            + reason
            + "\"}");
  }

  /**
   * 变更申请 (issue 15): a village officer no longer records a death directly; the request changes
   * nothing until the township approves it, with its evidence file; another township's officer can
   * neither see nor approve it, nor can another village's; a second pending request of the person
   * is refused; each step is a revision of the audit trail.
   */
  @Test
  void aVillageOfficersChangeIsAppliedOnlyWhenItsTownshipApproves() throws Exception {
    String id = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "变更申请.csv",
        null,
        (HEADER + id + ",申请死亡,CR1,户主,松溉镇,文昌宫社区\n").getBytes(StandardCharsets.UTF_8));
    long personId = personId(id);
    assertEquals(
        403,
        Http.postJson(
                base,
                "api/persons/" + personId + "/status",
                "cungan",
                "{\"status\":\"DECEASED\",\"since\":\"2024-02-01\"}")
            .statusCode(),
        "a village officer asks for a death; the township records it");

    HttpResponse<String> filed =
        changeRequest("cungan", personId, "DECEASED", null, "2024-02-01", "家属报告，已开具死亡证明");
    assertEquals(200, filed.statusCode(), filed.body());
    assertEquals("PENDING", Http.field(filed.body(), "status"));
    long requestId = Http.firstId(filed.body());
    HttpResponse<String> evidence =
        Http.post(
            base,
            "api/change-requests/"
                + requestId
                + "/evidence?fileName=%E6%AD%BB%E4%BA%A1%E8%AF%81%E6%98%8E.pdf",
            "cungan",
            SMALL_PDF);
    assertEquals(200, evidence.statusCode(), evidence.body());
    assertEquals("死亡证明.pdf", Http.field(evidence.body(), "evidenceName"));
    assertEquals("NORMAL", Http.field(person("sbs", id), "status"), "nothing changed yet");
    HttpResponse<String> again =
        changeRequest("cungan", personId, "MOVED_OUT", null, "2024-01-01", "迁往成都");
    assertEquals(400, again.statusCode(), again.body());
    assertTrue(again.body().contains("已有待审批的变更申请"), again.body());

    TestDatabase.townshipOfficer("slsbs", "500118002");
    assertEquals(
        403,
        Http.post(base, "api/change-requests/" + requestId + "/approve", "slsbs", new byte[0])
            .statusCode(),
        "another township's officer cannot approve it");
    assertEquals(403, Http.get(base, "api/change-requests/" + requestId, "slsbs").statusCode());
    assertTrue(
        !Http.get(base, "api/change-requests?status=PENDING", "slsbs")
            .body()
            .contains("\"id\":" + requestId + ","),
        "nor list it");
    assertEquals(
        403,
        Http.get(base, "api/change-requests/" + requestId, "cungan2").statusCode(),
        "another village's officer cannot read it");
    assertEquals(
        403,
        Http.post(base, "api/change-requests/" + requestId + "/approve", "cungan", new byte[0])
            .statusCode(),
        "the village officer cannot approve their own request");
    assertEquals("NORMAL", Http.field(person("sbs", id), "status"));

    assertTrue(
        Http.get(base, "api/change-requests?status=PENDING", "sbs")
            .body()
            .contains("\"id\":" + requestId + ","),
        "the township lists it among the pending");
    assertTrue(
        Http.getBytes(base, "api/change-requests/" + requestId + "/evidence", "sbs").length
            == SMALL_PDF.length);
    HttpResponse<String> approved =
        Http.post(
            base,
            "api/change-requests/" + requestId + "/approve",
            "sbs",
            "已核对死亡证明".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Http.field(approved.body(), "status"));
    assertEquals("sbs", Http.field(approved.body(), "decidedBy"));
    String now = person("sbs", id);
    assertEquals("DECEASED", Http.field(now, "status"), now);
    assertEquals("2024-02-01", Http.field(now, "statusSince"), now);
    assertEquals(
        400,
        Http.post(
                base,
                "api/change-requests/" + requestId + "/reject",
                "sbs",
                "晚了".getBytes(StandardCharsets.UTF_8))
            .statusCode(),
        "a decided request is final");
    assertEquals(
        List.of("PENDING cungan", "PENDING cungan", "APPROVED sbs"),
        TestDatabase.rows(
            "select a.status, r.username from enrollment.change_request_aud a"
                + " join kernel.revinfo r on r.id = a.rev where a.id = "
                + requestId
                + " order by a.rev"),
        "filed, evidence added, approved: each a revision with who did it");
  }

  /**
   * A rejected request leaves the registry as it was: the identity asked to end stays open, and a
   * rejection without a reason is refused.
   */
  @Test
  void aRejectedRequestChangesNothing() throws Exception {
    String id = newId();
    checkAndCommit(
        "sbs",
        "HOUSEHOLD_REGISTER",
        "驳回.csv",
        null,
        (HEADER + id + ",申请驳回,CR2,户主,松溉镇,文昌宫社区\n").getBytes(StandardCharsets.UTF_8));
    checkAndCommit(
        "minzheng",
        "IDENTITY_LIST",
        "驳回低保.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + id + ",申请驳回,2022-01-01\n").getBytes(StandardCharsets.UTF_8));
    long personId = personId(id);
    long identityId =
        Http.json(Http.get(base, "api/persons/" + personId, "sbs").body())
            .asJsonObject()
            .getJsonArray("identities")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> filed =
        changeRequest("cungan", personId, "IDENTITY_ENDED", identityId, "2024-03-31", "已不符合低保条件");
    assertEquals(200, filed.statusCode(), filed.body());
    long requestId = Http.firstId(filed.body());
    assertTrue(filed.body().contains("低保"), filed.body());
    HttpResponse<String> noReason =
        Http.post(base, "api/change-requests/" + requestId + "/reject", "sbs", new byte[0]);
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals("驳回须说明原因", Http.field(noReason.body(), "message"));
    HttpResponse<String> rejected =
        Http.post(
            base,
            "api/change-requests/" + requestId + "/reject",
            "sbs",
            "民政局尚未终止认定".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("REJECTED", Http.field(rejected.body(), "status"));
    assertEquals("民政局尚未终止认定", Http.field(rejected.body(), "decisionNote"));
    JsonObject identity =
        Http.json(Http.get(base, "api/persons/" + personId, "sbs").body())
            .asJsonObject()
            .getJsonArray("identities")
            .getJsonObject(0);
    assertTrue(
        !identity.containsKey("validTo") || identity.isNull("validTo"),
        "the identity is still open: " + identity);
    assertEquals(
        200,
        changeRequest("cungan", personId, "IDENTITY_ENDED", identityId, "2024-03-31", "补充材料后再报")
            .statusCode(),
        "after the rejection a new request may be filed");
  }

  /**
   * A closed year (年度锁定) is PostgreSQL's rule too (enrollment V18; ClosedYearGuardsTest proves
   * H2's): plain SQL cannot insert, change or delete a closed year's enrollment records, and
   * generated changes of identities are refused exactly when kernel.api.Validity says they alter
   * the closed year. All in one transaction rolled back.
   */
  @Test
  void theDatabaseRefusesPlainSqlIntoAClosedYear() throws Exception {
    try (Connection db = TestDatabase.connect()) {
      db.setAutoCommit(false);
      try {
        assertEquals(List.of(), new ClosedYearCases(db).records());
      } finally {
        db.rollback();
      }
      try {
        assertEquals(List.of(), new ClosedYearCases(db).identities(1000, System.nanoTime()));
      } finally {
        db.rollback();
      }
    }
  }
}
