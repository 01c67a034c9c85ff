package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Yearly policy as data and quotes, through the REST API as other systems use it. */
@ExtendWith(SharedServer.class)
class PolicyIT {
  @SharedServer.Base URL base;

  private String quote(String user, String json) {
    HttpResponse<String> r = Http.postJson(base, "api/quotes", user, json);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static String request(
      String district, int year, String categories, String type, String tier, String date) {
    return "{\"districtCode\":"
        + (district == null ? "null" : "\"" + district + "\"")
        + ",\"year\":"
        + year
        + ",\"categories\":["
        + categories
        + "],\"insuredType\":\""
        + type
        + "\",\"tier\":\""
        + tier
        + "\",\"paymentDate\":\""
        + date
        + "\"}";
  }

  @Test
  void quotesFollowThe2023Policy() {
    String dibao =
        quote("sbs", request(null, 2023, "\"DIBAO\"", "RESIDENT", "TIER_2", "2022-11-20"));
    assertEquals("350.00", num(dibao, "subsidy"));
    assertEquals("375.00", num(dibao, "individual"));
    assertEquals("MEDICAL_ASSISTANCE", Http.field(dibao, "fundingSource"));
    assertEquals("低保对象, 二档: 资助 350, 个人缴纳 375", Http.field(dibao, "explanation"));
    assertEquals("2023-01-01", Http.field(dibao, "benefitStart"));
    assertEquals("2023-12-31", Http.field(dibao, "benefitEnd"));

    String highest =
        quote(
            "sbs",
            request(
                null,
                2023,
                "\"STABLE_POST_POVERTY\",\"DIBAO\"",
                "RESIDENT",
                "TIER_1",
                "2022-11-20"));
    assertEquals("DIBAO", Http.field(highest, "categoryCode"));
    assertEquals("315.00", num(highest, "subsidy"));

    String student =
        quote(
            "sbs",
            request(
                null,
                2023,
                "\"NEEDY_COLLEGE_STUDENT\"",
                "COLLEGE_STUDENT",
                "TIER_1",
                "2022-11-20"));
    assertEquals("224.00", num(student, "subsidy"));
    assertEquals("96.00", num(student, "individual"));

    String late = quote("sbs", request(null, 2023, "", "RESIDENT", "TIER_1", "2023-03-01"));
    assertEquals("2023-05-30", Http.field(late, "benefitStart"), "90 days waiting from 1 March");

    String refused =
        quote("sbs", request(null, 2023, "\"DIBAO\"", "RESIDENT", "TIER_1", "2023-10-01"));
    assertTrue(Http.field(refused, "refusal").contains("最后缴费日期"), refused);
  }

  @Test
  void anotherYearIsEnteredThroughTheApiAndChangesNothingOfTheFirst() {
    JsonObject city2023 = city2023();
    HttpResponse<String> copy =
        Http.postJson(
            base, "api/policies/" + city2023.getInt("id") + "/copy?year=2031", "sysadmin", "");
    assertEquals(200, copy.statusCode(), copy.body());
    JsonObject draft = Http.json(copy.body()).asJsonObject();
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals(
        "2030-10-25",
        draft.getString("centralisedFrom"),
        "copying moves the periods to the new year");
    assertEquals("2031-09-30", draft.getString("lastPaymentDate"));

    // 30 instead of 50 yuan for stable post-poverty people; 低保 tier 2 as 60% of the tier-2 standard
    JsonArrayBuilder rules =
        rulesCovering(
            draft.getJsonArray("rules"),
            r -> {
              JsonObjectBuilder b = Json.createObjectBuilder(r);
              if (r.getString("categoryCode").equals("STABLE_POST_POVERTY")) {
                b.add("value", 30);
              }
              if (r.getString("categoryCode").equals("DIBAO")
                  && r.getString("tier").equals("TIER_2")) {
                b.add("shape", "PERCENT_OF_TIER_2").add("value", 60);
              }
              return b;
            });
    JsonObject edited =
        Json.createObjectBuilder(draft)
            .add("rules", rules)
            .add("centralisedFrom", "2030-10-25")
            .add("centralisedTo", "2030-12-31")
            .add("lastPaymentDate", "2031-09-30")
            .add("fiscalCutoff", "2031-06-30")
            .build();
    HttpResponse<String> saved =
        Http.send(base, "api/policies/" + draft.getInt("id"), "sysadmin", "PUT", edited.toString());
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> published =
        Http.postJson(base, "api/policies/" + draft.getInt("id") + "/publish", "sysadmin", "");
    assertEquals(200, published.statusCode(), published.body());
    assertEquals("PUBLISHED", Http.field(published.body(), "status"));
    assertEquals(
        400,
        Http.send(base, "api/policies/" + draft.getInt("id"), "sysadmin", "PUT", edited.toString())
            .statusCode(),
        "a published version is never edited");

    assertEquals(
        "30.00",
        num(
            quote(
                "sbs",
                request(null, 2031, "\"STABLE_POST_POVERTY\"", "RESIDENT", "TIER_1", "2030-11-01")),
            "subsidy"));
    assertEquals(
        "435.00",
        num(
            quote("sbs", request(null, 2031, "\"DIBAO\"", "RESIDENT", "TIER_2", "2030-11-01")),
            "subsidy"));
    assertEquals(
        "50.00",
        num(
            quote(
                "sbs",
                request(null, 2023, "\"STABLE_POST_POVERTY\"", "RESIDENT", "TIER_1", "2022-11-01")),
            "subsidy"),
        "the 2023 policy is untouched");
  }

  @Test
  void incompleteDraftsCannotBePublishedAndDistrictsKeepToTheirOwn() {
    String draft =
        "{\"regionCode\":\"500118\",\"year\":2032,\"centralisedFrom\":\"2031-10-25\",\"centralisedTo\":\"2031-12-31\","
            + "\"lastPaymentDate\":\"2032-09-30\",\"fiscalCutoff\":\"2032-06-30\",\"fiscalSubsidyPerPerson\":0,\"standards\":[],\"rules\":[]}";
    HttpResponse<String> created = Http.postJson(base, "api/policies", "qxadmin", draft);
    assertEquals(200, created.statusCode(), created.body());
    HttpResponse<String> publish =
        Http.postJson(
            base, "api/policies/" + Http.field(created.body(), "id") + "/publish", "qxadmin", "");
    assertEquals(400, publish.statusCode());
    assertTrue(
        publish.body().contains("缺少城乡居民一档的缴费标准") && publish.body().contains("未设置资助规则"),
        publish.body());
    assertEquals(
        403,
        Http.postJson(base, "api/policies", "fladmin", draft).statusCode(),
        "涪陵区 may not write 永川区's policy");
    assertEquals(403, Http.postJson(base, "api/policies", "cungan", draft).statusCode());
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    HttpResponse<String> doc = Http.openApi(base, "");
    assertEquals(200, doc.statusCode());
    assertTrue(
        doc.body().contains("/api/quotes") || doc.body().contains("/quotes"),
        doc.body().substring(0, Math.min(500, doc.body().length())));
  }

  /**
   * The given rules, changed by {@code change}, plus "not offered" for every category and tier they
   * do not cover (categories other tests or administrators added must be covered to publish).
   */
  private JsonArrayBuilder rulesCovering(
      JsonArray given, Function<JsonObject, JsonObjectBuilder> change) {
    JsonArrayBuilder rules = Json.createArrayBuilder();
    Set<String> covered = new HashSet<>();
    for (JsonValue v : given) {
      JsonObject r = v.asJsonObject();
      covered.add(r.getString("categoryCode") + "|" + r.getString("tier"));
      rules.add(change.apply(r));
    }
    for (JsonValue c :
        Http.json(Http.get(base, "api/categories", "sysadmin").body()).asJsonArray()) {
      for (String tier : new String[] {"TIER_1", "TIER_2"}) {
        String code = c.asJsonObject().getString("code");
        if (!covered.contains(code + "|" + tier)) {
          rules.add(
              Json.createObjectBuilder()
                  .add("categoryCode", code)
                  .add("tier", tier)
                  .add("shape", "NOT_OFFERED"));
        }
      }
    }
    return rules;
  }

  private JsonObject city2023() {
    return Http.json(Http.get(base, "api/policies", "sysadmin").body()).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(
            p ->
                p.getInt("year") == 2023
                    && p.getString("regionCode").equals("500000")
                    && p.getString("status").equals("PUBLISHED"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void paymentsAreFrozenAndCorrectedByReversalOnly() throws Exception {
    String id = Imports.newId();
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "p.csv",
        null,
        (Imports.HEADER + id + ",缴费人,H20,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    Imports.checkAndCommit(
        base,
        "minzheng",
        "IDENTITY_LIST",
        "d.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + id + ",缴费人,2022-01-01\n").getBytes(StandardCharsets.UTF_8));
    long personId =
        Long.parseLong(
            Http.field(Http.get(base, "api/persons?idNumber=" + id, "sbs").body(), "id"));
    String pay =
        "{\"personId\":"
            + personId
            + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_2\",\"paymentDate\":\"2022-11-20\",\"channel\":\"WECHAT\"}";
    HttpResponse<String> first = Http.postJson(base, "api/enrollments", "sbs", pay);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("350.00", num(first.body(), "subsidy"));
    assertEquals("375.00", num(first.body(), "individual"));
    assertEquals("DIBAO", Http.field(first.body(), "categoryCode"));
    assertEquals("2023-01-01", Http.field(first.body(), "benefitStart"));
    HttpResponse<String> twice = Http.postJson(base, "api/enrollments", "sbs", pay);
    assertEquals(400, twice.statusCode());
    assertTrue(twice.body().contains("已有参保记录"), twice.body());

    // later the identity's end date and the district's policy change: the record does not
    Imports.checkAndCommit(
        base,
        "minzheng",
        "IDENTITY_LIST",
        "d2.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起,有效期止\n" + id + ",缴费人,2022-01-01,2024-12-31\n")
            .getBytes(StandardCharsets.UTF_8));
    JsonObject city = city2023();
    JsonObject override =
        Json.createObjectBuilder(
                Http.json(Http.get(base, "api/policies/" + city.getInt("id"), "qxadmin").body())
                    .asJsonObject())
            .remove("id")
            .remove("status")
            .remove("versionNo")
            .add("regionCode", "500118")
            .add(
                "rules",
                rulesCovering(
                    city.getJsonArray("rules"),
                    r -> {
                      JsonObjectBuilder b = Json.createObjectBuilder(r);
                      if (r.getString("categoryCode").equals("DIBAO")
                          && r.getString("tier").equals("TIER_2")) {
                        b.add("shape", "FULL_CONTRIBUTION").remove("value");
                      }
                      return b;
                    }))
            .build();
    HttpResponse<String> created =
        Http.postJson(base, "api/policies", "qxadmin", override.toString());
    assertEquals(200, created.statusCode(), created.body());
    HttpResponse<String> published =
        Http.postJson(
            base, "api/policies/" + Http.field(created.body(), "id") + "/publish", "qxadmin", "");
    assertEquals(200, published.statusCode(), published.body());
    String records = Http.get(base, "api/enrollments?personId=" + personId, "sbs").body();
    assertEquals("350.00", num(records, "subsidy"), "frozen at payment: " + records);

    // a correction is a reversal with a reason, then a new record priced by today's policy
    assertEquals(
        400,
        Http.postJson(
                base, "api/enrollments/" + Http.field(first.body(), "id") + "/reverse", "sbs", "")
            .statusCode(),
        "a reason is required");
    HttpResponse<String> reversed =
        Http.postJson(
            base,
            "api/enrollments/" + Http.field(first.body(), "id") + "/reverse",
            "sbs",
            "档次登记错误");
    assertEquals(200, reversed.statusCode(), reversed.body());
    HttpResponse<String> again = Http.postJson(base, "api/enrollments", "sbs", pay);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(
        "725.00",
        num(again.body(), "subsidy"),
        "the district's new version applies to the new record");
    assertEquals(Http.field(first.body(), "id"), Http.field(again.body(), "replacesId"));
    assertEquals(
        403,
        Http.postJson(base, "api/enrollments", "fladmin", pay).statusCode(),
        "another district's person");
  }

  @Test
  void aNewbornFollowsItsPayingGuardianFromBirth() throws Exception {
    String guardian = Imports.newId();
    String unpaid = Imports.newId();
    String baby = Imports.newId(LocalDate.of(2023, 4, 8));
    String lastYearsBaby = Imports.newId(LocalDate.of(2022, 12, 30));
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "newborn.csv",
        null,
        (Imports.HEADER
                + guardian
                + ",何春梅,H50,户主,松溉镇,文昌宫社区\n"
                + unpaid
                + ",何春兰,H51,户主,松溉镇,文昌宫社区\n"
                + baby
                + ",何小宝,H50,子,松溉镇,文昌宫社区\n"
                + lastYearsBaby
                + ",何小贝,H50,女,松溉镇,文昌宫社区\n")
            .getBytes(StandardCharsets.UTF_8));
    long guardianId = personId(guardian);
    long babyId = personId(baby);
    // the guardian pays late, on 1 March: their own benefits wait 90 days, the newborn's do not
    HttpResponse<String> paid =
        Http.postJson(
            base,
            "api/enrollments",
            "cungan",
            "{\"personId\":"
                + guardianId
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2023-03-01\",\"channel\":\"ALIPAY\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    assertEquals("2023-05-30", Http.field(paid.body(), "benefitStart"));

    HttpResponse<String> noPayment = follow("cungan", babyId, 2023, unpaid);
    assertEquals(400, noPayment.statusCode(), noPayment.body());
    assertTrue(noPayment.body().contains("2023年度未参加居民医保缴费，新生儿不能随其参保"), noPayment.body());
    assertEquals("guardianIdNumber", Http.field(noPayment.body(), "field"));
    HttpResponse<String> unknown = follow("cungan", babyId, 2023, Imports.newId());
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("未在人员库中登记"), unknown.body());
    assertEquals("guardianIdNumber", Http.field(unknown.body(), "field"));
    HttpResponse<String> bornBefore = follow("cungan", personId(lastYearsBaby), 2023, guardian);
    assertEquals(400, bornBefore.statusCode(), bornBefore.body());
    assertTrue(bornBefore.body().contains("当年出生的新生儿"), bornBefore.body());
    assertEquals("birthDate", Http.field(bornBefore.body(), "field"));
    assertEquals(
        403,
        follow("cungan2", babyId, 2023, guardian).statusCode(),
        "松江社区's officer, 文昌宫社区's newborn");
    assertEquals(403, follow("fladmin", babyId, 2023, guardian).statusCode(), "another district");

    HttpResponse<String> follows = follow("cungan", babyId, 2023, guardian);
    assertEquals(200, follows.statusCode(), follows.body());
    JsonObject record = Http.json(follows.body()).asJsonObject();
    assertEquals("FOLLOWS_GUARDIAN", record.getString("kind"));
    assertEquals("2023-04-08", record.getString("benefitStart"), "from birth");
    assertEquals(
        Http.field(paid.body(), "benefitEnd"),
        record.getString("benefitEnd"),
        "to the guardian's end");
    assertEquals(guardianId, record.getJsonNumber("guardianPersonId").longValue());
    assertEquals("何春梅", record.getString("guardianName"));
    assertEquals(
        guardian.substring(0, 6) + "********" + guardian.substring(14),
        record.getString("guardianMaskedId"));
    for (String money : List.of("contribution", "subsidy", "individual", "policyId")) {
      assertTrue(
          !record.containsKey(money) || record.isNull(money), money + " stays empty: " + record);
    }
    HttpResponse<String> twice = follow("sbs", babyId, 2023, guardian);
    assertEquals(400, twice.statusCode());
    assertTrue(twice.body().contains("已有参保记录（随监护人参保）"), twice.body());

    // corrected like any other record: reversed with a reason, then recorded anew
    HttpResponse<String> reversed =
        Http.postJson(
            base, "api/enrollments/" + record.getInt("id") + "/reverse", "cungan", "监护人登记错误");
    assertEquals(200, reversed.statusCode(), reversed.body());
    HttpResponse<String> again = follow("cungan", babyId, 2023, guardian);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(String.valueOf(record.getInt("id")), Http.field(again.body(), "replacesId"));
    String records = Http.get(base, "api/enrollments?personId=" + babyId, "sbs").body();
    assertTrue(records.contains("\"reversed\":true") && records.contains("何春梅"), records);
  }

  /**
   * Issue 10 item 10: the guardian look-up searches the caller's area only, and a guardian
   * registered elsewhere is answered with the same words as an unknown number — neither their name
   * nor whether they paid leaves the area. An office whose area holds both records the newborn.
   */
  @Test
  void theGuardianLookUpStaysInsideTheCallersArea() throws Exception {
    String guardian = Imports.newId();
    String baby = Imports.newId(LocalDate.of(2023, 5, 9));
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "guardian-area.csv",
        null,
        (Imports.HEADER + guardian + ",外村监护人,H60,户主,松溉镇,松江社区\n" + baby + ",本村新生儿,H61,子,松溉镇,文昌宫社区\n")
            .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> paid =
        Http.postJson(
            base,
            "api/enrollments",
            "cungan2",
            "{\"personId\":"
                + personId(guardian)
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2022-11-20\",\"channel\":\"ALIPAY\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    long babyId = personId(baby);

    HttpResponse<String> elsewhere = follow("cungan", babyId, 2023, guardian);
    HttpResponse<String> unknown = follow("cungan", babyId, 2023, Imports.newId());
    assertEquals(400, elsewhere.statusCode(), elsewhere.body());
    String words = Http.field(elsewhere.body(), "message");
    assertTrue(words.contains("未在人员库中登记（只查找您管辖范围内的人员）"), words);
    assertFalse(
        words.contains("外村监护人") || words.contains("未参加") || words.contains(guardian), words);
    String masked = guardian.substring(0, 6) + "********" + guardian.substring(14);
    assertEquals(
        Http.field(unknown.body(), "message").replaceAll("\\d{6}\\*{8}\\d{3}[\\dX]", "#"),
        words.replace(masked, "#"),
        "a number registered elsewhere is answered like one registered nowhere");
    HttpResponse<String> township = follow("sbs", babyId, 2023, guardian);
    assertEquals(200, township.statusCode(), township.body());
  }

  private HttpResponse<String> follow(
      String user, long personId, int year, String guardianIdNumber) {
    return Http.postJson(
        base,
        "api/enrollments/following-guardian",
        user,
        "{\"personId\":"
            + personId
            + ",\"year\":"
            + year
            + ",\"guardianIdNumber\":\""
            + guardianIdNumber
            + "\"}");
  }

  private long personId(String idNumber) {
    return Long.parseLong(
        Http.field(Http.get(base, "api/persons?idNumber=" + idNumber, "sbs").body(), "id"));
  }

  private static String num(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9.]+)").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return new BigDecimal(m.group(1)).setScale(2).toPlainString();
  }

  @Test
  void thePolicyTravelsAsTheSonggaiAttachmentSheet() throws Exception {
    JsonObject city = city2023();
    byte[] sheet =
        Http.getBytes(base, "api/policies/" + city.getInt("id") + "/songgai.xlsx", "qxadmin");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      var s = wb.getSheetAt(0);
      assertEquals("特殊人员类别", s.getRow(0).getCell(0).getStringCellValue());
      Map<String, String[]> rows = new HashMap<>();
      for (int i = 1; i <= s.getLastRowNum(); i++) {
        var r = s.getRow(i);
        rows.put(
            r.getCell(0).getStringCellValue() + r.getCell(3).getStringCellValue(),
            new String[] {
              r.getCell(2).getStringCellValue(),
              r.getCell(4).getStringCellValue(),
              r.getCell(5).getStringCellValue()
            });
      }
      assertEquals(List.of("医保局", "315", "35"), List.of(rows.get("低保对象一档")));
      assertEquals(List.of("卫健委", "280", "445"), List.of(rows.get("计生优抚(奖扶)对象二档")));
      assertEquals(List.of("", "--", "--"), List.of(rows.get("在乡老复员军人一档")));
      assertEquals(List.of("乡村振兴局", "50", "300"), List.of(rows.get("稳定脱贫人口一档")));
      // the category's own contribution standard (data, V5): needy college students at the
      // students' 320, 70% → 224 / 96
      assertEquals(List.of("医保局", "224", "96"), List.of(rows.get("民政家庭经济困难大学生一档")));

      // the same sheet, edited as an office worker would, goes back into a draft
      for (int i = 1; i <= s.getLastRowNum(); i++) {
        var r = s.getRow(i);
        if (r.getCell(0).getStringCellValue().equals("稳定脱贫人口")) {
          r.getCell(4).setCellValue("30");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      HttpResponse<String> copy =
          Http.postJson(
              base, "api/policies/" + city.getInt("id") + "/copy?year=2034", "sysadmin", "");
      String draftId = Http.field(copy.body(), "id");
      HttpResponse<String> imported =
          Http.post(
              base, "api/policies/" + draftId + "/songgai.xlsx", "sysadmin", out.toByteArray());
      assertEquals(200, imported.statusCode(), imported.body());
      JsonObject stable =
          Http.json(imported.body()).asJsonObject().getJsonArray("rules").stream()
              .map(JsonValue::asJsonObject)
              .filter(
                  r ->
                      r.getString("categoryCode").equals("STABLE_POST_POVERTY")
                          && r.getString("tier").equals("TIER_1"))
              .findFirst()
              .orElseThrow();
      assertEquals("FIXED_AMOUNT", stable.getString("shape"));
      assertEquals(
          0, stable.getJsonNumber("value").bigDecimalValue().compareTo(new BigDecimal("30")));
    }
  }

  /**
   * A payment before the person's identity is valid gets no subsidy; the payment says why, and the
   * calculator, given the identity, says it assumed it valid — the same words on both (issue 9 item
   * 7).
   */
  @Test
  void aPaymentBeforeTheIdentityIsValidSaysWhyItGetsNoSubsidy() throws Exception {
    String id = Imports.newId();
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "early.csv",
        null,
        (Imports.HEADER + id + ",早缴人,H21,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    Imports.checkAndCommit(
        base,
        "minzheng",
        "IDENTITY_LIST",
        "early-dibao.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + id + ",早缴人,2023-01-01\n").getBytes(StandardCharsets.UTF_8));
    long personId =
        Long.parseLong(
            Http.field(Http.get(base, "api/persons?idNumber=" + id, "sbs").body(), "id"));
    HttpResponse<String> paid =
        Http.postJson(
            base,
            "api/enrollments",
            "sbs",
            "{\"personId\":"
                + personId
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2022-11-20\",\"channel\":\"WECHAT\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    assertEquals("0.00", num(paid.body(), "subsidy"));
    String notes = Http.json(paid.body()).asJsonObject().getJsonArray("notes").toString();
    assertTrue(notes.contains("身份“低保对象”自2023-01-01起有效，缴费日期2022-11-20时尚未生效，不计入资助"), notes);

    String calculator =
        quote("sbs", request(null, 2023, "\"DIBAO\"", "RESIDENT", "TIER_1", "2022-11-20"));
    assertEquals("315.00", num(calculator, "subsidy"));
    String assumed = Http.json(calculator).asJsonObject().getJsonArray("notes").toString();
    assertTrue(assumed.contains("按所选身份在缴费日期2022-11-20有效计算"), assumed);
  }

  /**
   * DOMAIN.md §4 and issue 19: the 2023 city policy carries the fiscal subsidy of 640 yuan. Paying
   * after the cut-off (2023-06-30) the person bears it too; an identity's subsidy still applies.
   */
  @Test
  void theFiscalPartIsBorneAfterTheCutOffAndIdentitySubsidiesStillApply() throws Exception {
    String before = quote("sbs", request(null, 2023, "", "RESIDENT", "TIER_1", "2023-06-30"));
    assertEquals("350.00", num(before, "individual"));
    String after = quote("sbs", request(null, 2023, "", "RESIDENT", "TIER_1", "2023-07-01"));
    assertEquals("990.00", num(after, "contribution"));
    assertEquals("990.00", num(after, "individual"));
    assertTrue(
        Http.json(after)
            .asJsonObject()
            .getJsonArray("notes")
            .toString()
            .contains("个人另须承担人均财政补助640元（缴费标准 350 + 640）"),
        after);
    String dibao =
        quote("sbs", request(null, 2023, "\"DIBAO\"", "RESIDENT", "TIER_1", "2023-07-01"));
    assertEquals("990.00", num(dibao, "contribution"));
    assertEquals("315.00", num(dibao, "subsidy"), "the identity subsidy is kept after the cut-off");
    assertEquals("675.00", num(dibao, "individual"));

    // the payment itself says the same as the calculator (the payment screen shows these notes)
    String id = Imports.newId();
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "late.csv",
        null,
        (Imports.HEADER + id + ",晚缴人,H21,户主,松溉镇,鱼岭村\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> paid =
        Http.postJson(
            base,
            "api/enrollments",
            "sbs",
            "{\"personId\":"
                + personId(id)
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2023-07-01\",\"channel\":\"WECHAT\"}");
    assertEquals(200, paid.statusCode(), paid.body());
    assertEquals("990.00", num(paid.body(), "individual"));
    assertTrue(
        Http.json(paid.body())
            .asJsonObject()
            .getJsonArray("notes")
            .toString()
            .contains("个人另须承担人均财政补助640元"),
        paid.body());
  }

  /**
   * Issue 19 item 3: the notice spares the rural low-income population the waiting period; whether
   * a category spares it, and only for a rural household, is data. Paying on 2023-04-10 (after the
   * centralised period, from March on: 90 days' wait).
   */
  @Test
  void ruralLowIncomePeopleAndStablePostPovertyPeopleAreSparedTheWaitingPeriod() throws Exception {
    String rural = Imports.newId();
    String urban = Imports.newId();
    String unknown = Imports.newId();
    String stable = Imports.newId();
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "types.csv",
        null,
        ("身份证号,姓名,户号,与户主关系,户口性质,乡镇(街道),村(社区)\n"
                + rural
                + ",农村低保,H51,户主,农业,松溉镇,旗山村\n"
                + urban
                + ",城镇低保,H52,户主,非农业,松溉镇,松江社区\n"
                + unknown
                + ",居民低保,H53,户主,居民户口,松溉镇,松江社区\n"
                + stable
                + ",稳定脱贫,H54,户主,,松溉镇,旗山村\n")
            .getBytes(StandardCharsets.UTF_8));
    Imports.checkAndCommit(
        base,
        "minzheng",
        "IDENTITY_LIST",
        "dibao-types.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n"
                + rural
                + ",农村低保,2023-01-01\n"
                + urban
                + ",城镇低保,2023-01-01\n"
                + unknown
                + ",居民低保,2023-01-01\n")
            .getBytes(StandardCharsets.UTF_8));
    Imports.checkAndCommit(
        base,
        "qxadmin",
        "IDENTITY_LIST",
        "stable.csv",
        "STABLE_POST_POVERTY",
        ("身份证号,姓名,有效期起\n" + stable + ",稳定脱贫,2023-01-01\n").getBytes(StandardCharsets.UTF_8));
    String ruralQuote = personQuote(rural, "2023-04-10");
    assertEquals(
        "2023-04-10",
        Http.field(ruralQuote, "benefitStart"),
        "a rural 低保 person is covered from the payment date");
    String urbanQuote = personQuote(urban, "2023-04-10");
    assertEquals(
        "2023-07-09", Http.field(urbanQuote, "benefitStart"), "an urban one waits 90 days");
    assertTrue(urbanQuote.contains("城镇户口的低保对象不属农村低收入人口，须经等待期"), urbanQuote);
    String unknownQuote = personQuote(unknown, "2023-04-10");
    assertEquals("2023-04-10", Http.field(unknownQuote, "benefitStart"));
    assertTrue(
        unknownQuote.contains("户口性质未登记，按农村低收入人口处理"),
        "the quote says what it assumed: " + unknownQuote);
    assertEquals(
        "2023-04-10",
        Http.field(personQuote(stable, "2023-04-10"), "benefitStart"),
        "stable post-poverty people do not wait");
  }

  /** A category created on screen can be given the exemption: no code names who is exempt. */
  @Test
  void aNewCategoryCanBeSparedTheWaitingPeriod() {
    String code = "EXEMPT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String json =
        "{\"code\":\""
            + code
            + "\",\"name\":\"免等待测试"
            + code
            + "\",\"certifyingDepartment\":\"医保局\",\"group\":\"OTHER\","
            + "\"active\":true,\"sortOrder\":950,\"waitingPeriodExemption\":\"ALWAYS\"}";
    HttpResponse<String> created = Http.postJson(base, "api/categories", "sysadmin", json);
    assertEquals(200, created.statusCode(), created.body());
    String q =
        quote("sbs", request(null, 2023, "\"" + code + "\"", "RESIDENT", "TIER_1", "2023-04-10"));
    assertEquals("2023-04-10", Http.field(q, "benefitStart"), q);
    String ordinary = quote("sbs", request(null, 2023, "", "RESIDENT", "TIER_1", "2023-04-10"));
    assertEquals("2023-07-09", Http.field(ordinary, "benefitStart"));
    assertEquals(
        200,
        Http.send(
                base,
                "api/categories/" + Http.field(created.body(), "id"),
                "sysadmin",
                "PUT",
                json.replace("\"active\":true", "\"active\":false"))
            .statusCode());
  }

  private String personQuote(String idNumber, String date) {
    return quote(
        "sbs",
        "{\"personId\":"
            + personId(idNumber)
            + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\""
            + date
            + "\"}");
  }

  // ---- 即保即享受: the medical-institution status check (issue 12 item 4) ----

  private String registered(String name, String household) throws Exception {
    String id = Imports.newId();
    household = household + "-" + id.substring(12);
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        household + ".csv",
        null,
        (Imports.HEADER + id + "," + name + "," + household + ",户主,松溉镇,鱼岭村\n")
            .getBytes(StandardCharsets.UTF_8));
    return id;
  }

  private void dibao(String id, String name) throws Exception {
    Imports.checkAndCommit(
        base,
        "minzheng",
        "IDENTITY_LIST",
        "dibao-" + id + ".csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + id + "," + name + ",2022-01-01\n").getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> pay(String id, String date) {
    HttpResponse<String> r =
        Http.postJson(
            base,
            "api/enrollments",
            "sbs",
            "{\"personId\":"
                + personId(id)
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\""
                + date
                + "\",\"channel\":\"WECHAT\"}");
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }

  private HttpResponse<String> check(String user, String id, String date) {
    return Http.postJson(
        base,
        "api/status-checks",
        user,
        "{\"idNumber\":\"" + id + "\"" + (date == null ? "" : ",\"date\":\"" + date + "\"") + "}");
  }

  private JsonObject answer(String user, String id, String date) {
    HttpResponse<String> r = check(user, id, date);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonObject();
  }

  /**
   * The hospital learns the state on the admission day from the benefit periods enrollment
   * computed: paid in the centralised period → insured all year; paid on 15 March → waiting until
   * 13 June (90 days, DOMAIN.md §5); not paid → not insured. Every check is logged for the district
   * with who and when.
   */
  @Test
  void aHospitalLearnsInsuredWaitingOrNotInsuredWithTheExactStartAndEveryCheckIsLogged()
      throws Exception {
    String insured = registered("按时缴费人", "H41");
    assertEquals("2023-01-01", Http.field(pay(insured, "2022-11-20").body(), "benefitStart"));
    String waiting = registered("三月缴费人", "H42");
    assertEquals("2023-06-13", Http.field(pay(waiting, "2023-03-15").body(), "benefitStart"));
    String none = registered("未缴费人", "H43");

    JsonObject a = answer("yiyuan", insured, "2023-04-01");
    assertEquals("INSURED", a.getString("status"));
    assertEquals("已参保", a.getString("message"));
    assertEquals("2023-01-01", a.getString("benefitStart"));
    assertEquals("2023-12-31", a.getString("benefitEnd"));
    JsonObject w = answer("yiyuan", waiting, "2023-04-01");
    assertEquals("WAITING", w.getString("status"));
    assertEquals("已参保，待遇自2023-06-13起享受", w.getString("message"));
    assertEquals("2023-06-13", w.getString("benefitStart"));
    assertEquals(
        "INSURED",
        answer("yiyuan", waiting, "2023-06-13").getString("status"),
        "benefits from the 13th of June");
    JsonObject n = answer("yiyuan", none, "2023-04-01");
    assertEquals("NOT_INSURED", n.getString("status"));
    assertEquals("未参保", n.getString("message"));
    assertFalse(n.containsKey("benefitStart") && !n.isNull("benefitStart"), n.toString());

    // the district's log: who, which organisation, when, the answer; another district sees none of
    // it
    JsonArray log =
        Http.json(Http.get(base, "api/status-checks?idNumber=" + waiting, "qxadmin").body())
            .asJsonArray();
    assertEquals(2, log.size(), log.toString());
    JsonObject row = log.getJsonObject(1);
    assertEquals("yiyuan", row.getString("checkedBy"));
    assertEquals("松溉镇卫生院", row.getString("organisation"));
    assertEquals("WAITING", row.getString("result"));
    assertEquals("2023-04-01", row.getString("date"));
    assertEquals("2023-06-13", row.getString("benefitStart"));
    assertEquals(
        waiting.substring(0, 6) + "********" + waiting.substring(14),
        row.getString("maskedIdNumber"));
    assertTrue(
        Duration.between(Instant.parse(row.getString("checkedAt")), Instant.now()).abs().toMinutes()
            < 5);
    assertEquals(
        "[]",
        Http.get(base, "api/status-checks?idNumber=" + waiting, "fladmin").body().strip(),
        "Fuling's log has no Yongchuan checks");
    assertEquals(
        403,
        Http.get(base, "api/status-checks?idNumber=" + waiting, "yiyuan").statusCode(),
        "a hospital does not read the log");
  }

  /**
   * No enumeration: the answer holds no name and nothing else about the person, and an ID number
   * nobody is registered under is answered exactly as a registered person without insurance. A
   * malformed number is refused in Chinese naming the check digit; a future day is refused.
   */
  @Test
  void theAnswerTellsNothingButTheStatusAndRefusesMalformedNumbers() throws Exception {
    String name = "未参保无身份人";
    String registered = registered(name, "H44");
    String unknown = Imports.newId();
    HttpResponse<String> known = check("yiyuan", registered, "2023-04-01");
    HttpResponse<String> stranger = check("yiyuan", unknown, "2023-04-01");
    assertEquals(200, known.statusCode(), known.body());
    assertEquals(200, stranger.statusCode(), stranger.body());
    assertFalse(known.body().contains(name), known.body());
    assertFalse(known.body().contains(registered), "not even the full ID number: " + known.body());
    Function<String, JsonObject> withoutNumberAndTime =
        body ->
            Json.createObjectBuilder(Http.json(body).asJsonObject())
                .remove("maskedIdNumber")
                .remove("checkedAt")
                .build();
    assertEquals(
        withoutNumberAndTime.apply(known.body()), withoutNumberAndTime.apply(stranger.body()));
    assertTrue(
        Set.of(
                "maskedIdNumber",
                "date",
                "status",
                "message",
                "benefitStart",
                "benefitEnd",
                "checkedAt")
            .containsAll(Http.json(known.body()).asJsonObject().keySet()),
        "nothing but the status: " + known.body());

    String wrongCheckDigit =
        registered.substring(0, 17) + (registered.charAt(17) == '1' ? "2" : "1");
    HttpResponse<String> malformed = check("yiyuan", wrongCheckDigit, null);
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertEquals("idNumber", Http.field(malformed.body(), "field"));
    assertTrue(malformed.body().contains("身份证号码有误：身份证号码校验位错误"), malformed.body());
    HttpResponse<String> shortNumber = check("yiyuan", "50011819", null);
    assertEquals(400, shortNumber.statusCode());
    assertTrue(shortNumber.body().contains("应为18位"), shortNumber.body());
    HttpResponse<String> future =
        check(
            "yiyuan", registered, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString());
    assertEquals(400, future.statusCode());
    assertTrue(future.body().contains("查询日期不能晚于今天"), future.body());
  }

  /**
   * A poor or low-income person (a 低保 identity) found uninsured becomes a follow-up item for their
   * township, with who reported when; an uninsured person without such an identity and an insured
   * 低保 person do not. The township (松溉镇) and its district see the item; another district does not.
   */
  @Test
  void aPoorPersonFoundUninsuredIsReportedToTheirTownship() throws Exception {
    String poor = registered("低保未参保人", "H45");
    dibao(poor, "低保未参保人");
    String poorInsured = registered("低保已参保人", "H46");
    dibao(poorInsured, "低保已参保人");
    pay(poorInsured, "2022-11-20");
    String plain = registered("普通未参保人", "H47");

    assertEquals(
        "NOT_INSURED",
        answer("yiyuan", poor, null).getString("status"),
        "today: nobody paid for this year");
    assertEquals(
        "NOT_INSURED",
        answer("yiyuan", poor, null).getString("status"),
        "a second check files nothing more");
    assertEquals("INSURED", answer("yiyuan", poorInsured, "2023-05-01").getString("status"));
    assertEquals("NOT_INSURED", answer("yiyuan", plain, null).getString("status"));

    String township = Http.get(base, "api/hospital-reports", "sbs").body();
    JsonObject item =
        Http.json(township).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("idNumber").equals(poor))
            .reduce(
                (x, y) -> {
                  throw new AssertionError("one item per person and year: " + township);
                })
            .orElseThrow(() -> new AssertionError("no item for the poor person: " + township));
    assertEquals("yiyuan", item.getString("reportedBy"));
    assertEquals("松溉镇卫生院", item.getString("organisation"));
    assertEquals("松溉镇", item.getString("townshipName"));
    assertEquals("鱼岭村", item.getString("villageName"));
    assertTrue(item.getString("categories").contains("低保"), item.toString());
    assertEquals(personId(poor), item.getJsonNumber("personId").longValue());
    assertTrue(
        Duration.between(Instant.parse(item.getString("reportedAt")), Instant.now())
                .abs()
                .toMinutes()
            < 5);
    assertFalse(township.contains(plain), "not poor: no item");
    assertFalse(township.contains(poorInsured), "insured: no item");
    assertTrue(
        Http.get(base, "api/hospital-reports", "qxadmin").body().contains(poor),
        "the district sees its townships' items");
    assertFalse(
        Http.get(base, "api/hospital-reports", "fladmin").body().contains(poor),
        "another district does not");
    assertEquals(403, Http.get(base, "api/hospital-reports", "cungan").statusCode());
    assertEquals(
        403,
        Http.get(base, "api/hospital-reports", "yiyuan").statusCode(),
        "the hospital reports, it does not read");

    // and the township officer finds the person in the village's uninsured follow-up ledger, found
    // by a hospital
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    long village =
        Http.firstId(
            Http.get(
                    base,
                    "api/regions?name=" + URLEncoder.encode("鱼岭村", StandardCharsets.UTF_8),
                    "qxadmin")
                .body());
    String ledger =
        Http.get(base, "api/follow-ups?year=" + year + "&areaId=" + village + "&first=0", "sbs")
            .body();
    JsonObject line =
        Http.json(ledger).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("idNumber").equals(poor))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not in the ledger: " + ledger));
    assertEquals("[\"HOSPITAL\"]", line.getJsonArray("foundBy").toString(), line.toString());
    assertFalse(ledger.contains(plain), "not poor: not filed by the check");
  }

  /**
   * The hospital checks statuses and nothing else: it cannot search or read persons, their
   * enrollments, the uninsured lists or the reports, even for the person it has just checked.
   */
  @Test
  void aHospitalCannotReadPersonsOrLedgers() throws Exception {
    String id = registered("医院不可见人", "H48");
    long person = personId(id);
    for (String path :
        List.of(
            "api/persons?idNumber=" + id,
            "api/persons",
            "api/persons/" + person,
            "api/enrollments?personId=" + person,
            "api/progress/uninsured?year=2023&villageId="
                + Http.field(Http.get(base, "api/persons/" + person, "sbs").body(), "villageId"),
            "api/status-checks",
            "api/hospital-reports",
            "api/imports")) {
      HttpResponse<String> r = Http.get(base, path, "yiyuan");
      assertEquals(403, r.statusCode(), path + ": " + r.body());
      assertFalse(r.body().contains("医院不可见人"), path);
    }
    assertEquals(
        403,
        Http.postJson(base, "api/quotes", "yiyuan", "{\"personId\":" + person + "}").statusCode());
    assertEquals(
        403,
        check("sbs", id, null).statusCode(),
        "a township officer does not use the hospitals' check");
  }

  /**
   * Checks per account and minute are limited (canbao.status-check.per-minute, set to 10 for the
   * tests in arquillian.xml): the 11th check within a minute is refused with 429 and a Chinese
   * message. fladmin makes no other checks in these tests.
   */
  @Test
  void the21stCheckWithinAMinuteIsRefusedWith429() {
    for (int i = 1; i <= 20; i++) {
      HttpResponse<String> ok = check("fladmin", Imports.newId(), "2023-04-01");
      assertEquals(200, ok.statusCode(), "check " + i + ": " + ok.body());
    }
    HttpResponse<String> refused = check("fladmin", Imports.newId(), "2023-04-01");
    assertEquals(429, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("查询过于频繁：每个账号每分钟最多查询20次"), refused.body());
    assertEquals("60", refused.headers().firstValue("Retry-After").orElse(null));
    assertEquals(
        200,
        check("yiyuan", Imports.newId(), "2023-04-01").statusCode(),
        "per account: others may still check");
  }

  // ---- 资助参保台账: the subsidy ledger (issue 12 item 3) ----

  /**
   * A subsidised payment appears in its township's subsidy ledger with the category, amounts and
   * fund frozen at payment; filters by fund and text select it or not; a leader sees the ID number
   * masked; a hospital and a department list provider cannot read the ledger; another district sees
   * nothing.
   */
  @Test
  void aSubsidisedPaymentIsInTheSubsidyLedgerOfItsArea() throws Exception {
    String name = "台账低保人";
    String id = registered(name, "H49");
    dibao(id, name);
    JsonObject paid = Http.json(pay(id, "2022-11-21").body()).asJsonObject();
    assertEquals("DIBAO", paid.getString("categoryCode"));

    JsonArray rows =
        Http.json(Http.get(base, "api/ledgers/subsidies?year=2023&text=" + id, "sbs").body())
            .asJsonArray();
    assertEquals(1, rows.size(), rows.toString());
    JsonObject row = rows.getJsonObject(0);
    assertEquals(name, row.getString("name"));
    assertEquals(id, row.getString("idNumber"));
    assertEquals("松溉镇", row.getString("townshipName"));
    assertEquals("鱼岭村", row.getString("villageName"));
    assertEquals("低保对象", row.getString("categoryName"));
    assertEquals(
        0,
        paid.getJsonNumber("subsidy")
            .bigDecimalValue()
            .compareTo(row.getJsonNumber("subsidy").bigDecimalValue()));
    assertEquals(paid.getString("fundingSource"), row.getString("fundingSource"));
    assertEquals("2022-11-21", row.getString("paymentDate"));

    String other = paid.getString("fundingSource").equals("OTHER") ? "LINKAGE_FUND" : "OTHER";
    assertEquals(
        "[]",
        Http.get(
                base,
                "api/ledgers/subsidies?year=2023&fundingSource=" + other + "&text=" + id,
                "sbs")
            .body()
            .strip());
    assertEquals(
        1,
        Http.json(
                Http.get(
                        base,
                        "api/ledgers/subsidies?year=2023&fundingSource="
                            + paid.getString("fundingSource")
                            + "&category=DIBAO&text="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8),
                        "qxadmin")
                    .body())
            .asJsonArray()
            .size());
    String leader = Http.get(base, "api/ledgers/subsidies?year=2023&text=" + id, "lingdao").body();
    assertTrue(leader.contains(id.substring(0, 6) + "********" + id.substring(14)), leader);
    assertFalse(leader.contains(id), "a leader sees masked numbers");
    assertEquals(
        "[]",
        Http.get(base, "api/ledgers/subsidies?year=2023&text=" + id, "fladmin").body().strip());
    assertEquals(403, Http.get(base, "api/ledgers/subsidies?year=2023", "yiyuan").statusCode());
    assertEquals(403, Http.get(base, "api/ledgers/subsidies?year=2023", "minzheng").statusCode());
  }

  /**
   * 年度锁定 (issue 15): 永川区 closes 2021 once 松溉镇's year-end evaluation is published (refused before,
   * and by a township officer); then every door refuses writing into 2021 with the same Chinese
   * message and 409 — payments and other records, reversals, evaluations, publicity postings, a
   * change request ending an identity inside the year, an identity list — while 2022 and an
   * identity's end after 2021 stay open; plain SQL is refused by the database; reopening needs the
   * system administrator and a reason, and both steps are audited.
   */
  @Test
  void aClosedYearIsRefusedAtEveryDoorUntilTheSystemAdministratorReopensIt() throws Exception {
    int year = 2021;
    String id = Imports.newId();
    Imports.checkAndCommit(
        base,
        "sbs",
        "HOUSEHOLD_REGISTER",
        "锁定.csv",
        null,
        (Imports.HEADER + id + ",锁定年度,H2021,户主,松溉镇,文昌宫社区\n").getBytes(StandardCharsets.UTF_8));
    Imports.checkAndCommit(
        base,
        "minzheng",
        "IDENTITY_LIST",
        "锁定低保.csv",
        "DIBAO",
        ("身份证号,姓名,有效期起\n" + id + ",锁定年度,2020-01-01\n").getBytes(StandardCharsets.UTF_8));
    long personId = personId(id);
    HttpResponse<String> employee =
        Http.postJson(
            base,
            "api/enrollments/other?personId="
                + personId
                + "&year="
                + year
                + "&kind=EMPLOYEE_INSURANCE&evidence=E2021",
            "sbs",
            "{}");
    assertEquals(200, employee.statusCode(), employee.body());
    long record = Http.firstId(employee.body());
    long songgai = YearClose.region(base, "松溉镇");
    long wenchang = YearClose.region(base, "文昌宫社区");
    String posting =
        "{\"year\":" + year + ",\"regionId\":" + wenchang + ",\"postedOn\":\"2021-05-06\"}";
    assertEquals(
        200, Http.postJson(base, "api/publicity/postings", "cungan", posting).statusCode());

    HttpResponse<String> early = YearClose.close(base, "qxadmin", year);
    assertEquals(400, early.statusCode(), early.body());
    assertTrue(early.body().contains("年终考核"), "closing waits for the evaluation: " + early.body());
    long evaluation = YearClose.publishEvaluation(base, year);
    assertEquals(
        403, YearClose.close(base, "sbs", year).statusCode(), "a district closes its year");
    HttpResponse<String> closed = YearClose.close(base, "qxadmin", year);
    assertEquals(200, closed.statusCode(), closed.body());
    assertEquals("CLOSED", Http.field(closed.body(), "state"));

    String refusal = "永川区2021年度已锁定";
    List<HttpResponse<String>> doors =
        List.of(
            Http.postJson(
                base,
                "api/enrollments",
                "sbs",
                "{\"personId\":"
                    + personId
                    + ",\"year\":2021,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\","
                    + "\"paymentDate\":\"2020-11-20\",\"channel\":\"WECHAT\"}"),
            Http.post(
                base,
                "api/enrollments/" + record + "/reverse",
                "sbs",
                "录入错误".getBytes(StandardCharsets.UTF_8)),
            Http.postJson(
                base,
                "api/enrollments/" + record + "/stop",
                "sbs",
                "{\"stoppedOn\":\"2021-06-30\",\"reason\":\"离职\"}"),
            Http.postJson(
                base,
                "api/incentives/evaluations?year=" + year + "&townshipId=" + songgai,
                "sbs",
                "{}"),
            Http.post(
                base,
                "api/incentives/evaluations/" + evaluation + "/correct",
                "qxadmin",
                "更正".getBytes(StandardCharsets.UTF_8)),
            Http.postJson(base, "api/publicity/postings", "cungan", posting),
            Http.postJson(
                base,
                "api/change-requests",
                "cungan",
                "{\"personId\":"
                    + personId
                    + ",\"kind\":\"IDENTITY_ENDED\",\"identityId\":"
                    + identityId(personId)
                    + ",\"date\":\"2021-08-31\",\"reason\":\"迟报的终止\"}"));
    for (HttpResponse<String> r : doors) {
      assertEquals(409, r.statusCode(), r.uri() + ": " + r.body());
      assertTrue(Http.field(r.body(), "message").startsWith(refusal), r.body());
    }
    String identityList =
        Imports.waitFor(
            base,
            "minzheng",
            Imports.post(
                base,
                "minzheng",
                "IDENTITY_LIST",
                "锁定特困.csv",
                "TEKUN",
                ("身份证号,姓名,有效期起\n" + id + ",锁定年度,2021-03-01\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(identityList, "rejectedRows"), identityList);
    String errors =
        Http.get(base, "api/imports/" + Http.field(identityList, "id") + "/errors", "minzheng")
            .body();
    assertTrue(errors.contains("2021年度已锁定"), "the import says why, row by row: " + errors);

    // what lies outside the closed year stays open: the next year, and ending the identity after it
    assertEquals(
        200,
        Http.postJson(
                base,
                "api/enrollments/other?personId="
                    + personId
                    + "&year=2022&kind=EMPLOYEE_INSURANCE&evidence=E2022",
                "sbs",
                "{}")
            .statusCode());
    HttpResponse<String> endLater =
        Http.postJson(
            base,
            "api/change-requests",
            "cungan",
            "{\"personId\":"
                + personId
                + ",\"kind\":\"IDENTITY_ENDED\",\"identityId\":"
                + identityId(personId)
                + ",\"date\":\"2022-06-30\",\"reason\":\"2022年终止\"}");
    assertEquals(200, endLater.statusCode(), endLater.body());
    assertEquals(
        200,
        Http.post(
                base,
                "api/change-requests/" + Http.firstId(endLater.body()) + "/approve",
                "sbs",
                new byte[0])
            .statusCode());

    // the database refuses plain SQL into the closed year, whichever module's table
    try (Connection db = TestDatabase.connect();
        Statement sql = db.createStatement()) {
      for (String write :
          List.of(
              "update enrollment.enrollment_record set status = 'REVERSED' where id = " + record,
              "update incentives.evaluation set status = 'DRAFT' where id = " + evaluation,
              "delete from incentives.evaluation_result where evaluation_id = " + evaluation,
              "update reporting.publicity_posting set place = 'x' where insurance_year = 2021"
                  + " and region_id = "
                  + wenchang)) {
        SQLException refused =
            org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> sql.execute(write));
        assertEquals("CB409", refused.getSQLState(), write + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains("年度锁定：" + refusal), refused.getMessage());
      }
    }

    assertEquals(403, YearClose.reopen(base, "qxadmin", year, "更正").statusCode());
    HttpResponse<String> noReason = YearClose.reopen(base, "sysadmin", year, " ");
    assertEquals(400, noReason.statusCode(), noReason.body());
    HttpResponse<String> reopened = YearClose.reopen(base, "sysadmin", year, "更正2021年度职工医保记录");
    assertEquals(200, reopened.statusCode(), reopened.body());
    assertEquals("REOPENED", Http.field(reopened.body(), "state"));
    assertEquals(
        200,
        Http.post(
                base,
                "api/enrollments/" + record + "/reverse",
                "sbs",
                "录入错误".getBytes(StandardCharsets.UTF_8))
            .statusCode(),
        "a reopened year can be corrected");
    assertEquals(
        List.of("CLOSED qxadmin", "REOPENED sysadmin"),
        TestDatabase.rows(
            "select a.status, r.username from kernel.closed_year_aud a"
                + " join kernel.revinfo r on r.id = a.rev where a.insurance_year = 2021"
                + " order by a.rev"));
  }

  private long identityId(long personId) {
    return Http.json(Http.get(base, "api/persons/" + personId, "sbs").body())
        .asJsonObject()
        .getJsonArray("identities")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }
}
