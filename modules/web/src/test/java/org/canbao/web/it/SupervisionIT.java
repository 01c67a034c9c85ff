package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 分片包干 through the API: the demo groups, the exactly-one rule over the areas in the year's scope
 * (areas marked out of it, with a reason, need and may have no group), history, members' scope.
 */
@ExtendWith(SharedServer.class)
class SupervisionIT {
  @SharedServer.Base URL base;

  private long regionId(String user, String name) {
    return Http.json(
            Http.get(
                    base,
                    "api/regions?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    user)
                .body())
        .asJsonArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private JsonArray board(String user, long scope, String date) {
    return board(user, 2023, scope, date);
  }

  private JsonArray board(String user, int year, long scope, String date) {
    HttpResponse<String> r =
        Http.get(
            base,
            "api/supervision/board?year=" + year + "&scopeId=" + scope + "&date=" + date,
            user);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonArray();
  }

  private static String groupOf(JsonArray board, String area) {
    return stringOf(board, area, "groupName");
  }

  private static String stringOf(JsonArray board, String area, String field) {
    JsonObject a =
        board.stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("areaName").equals(area))
            .findFirst()
            .orElseThrow();
    return a.containsKey(field) && !a.isNull(field) ? a.getString(field) : null;
  }

  private static long areaId(JsonArray board, String area) {
    return board.stream()
        .map(JsonValue::asJsonObject)
        .filter(x -> x.getString("areaName").equals(area))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("areaId")
        .longValue();
  }

  private static final String URBAN_STREET = "城区街道，无脱贫攻坚任务（通知未设督导组）";

  /** Fuling's notice, attachment: its five groups and 25 townships, names as written then. */
  private static final String FULING_NOTICE =
      "组别,责任片区\n"
          + String.join(
              "\n",
              List.of(
                  "第一组,马鞍街道",
                  "第一组,李渡街道",
                  "第一组,义和镇",
                  "第一组,珍溪镇",
                  "第一组,百胜镇",
                  "第二组,龙桥街道",
                  "第二组,蔺市镇",
                  "第二组,新妙镇",
                  "第二组,石沱镇",
                  "第二组,增福乡",
                  "第三组,马武镇",
                  "第三组,青羊镇",
                  "第三组,龙潭镇",
                  "第三组,同乐乡",
                  "第三组,大顺乡",
                  "第四组,白涛街道",
                  "第四组,焦石镇",
                  "第四组,大木乡",
                  "第四组,武陵山乡",
                  "第四组,罗云乡",
                  "第五组,江东街道",
                  "第五组,江北街道",
                  "第五组,荔枝街道",
                  "第五组,清溪镇",
                  "第五组,南沱镇"))
          + "\n";

  private HttpResponse<String> importNotice(long fuling) {
    return Http.post(
        base,
        "api/supervision/assignment/file?year=2023&scopeId="
            + fuling
            + "&fileName=a.csv&effective=2023-04-01",
        "fladmin",
        FULING_NOTICE.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> mark(
      String user, int year, long scope, long area, String reason, String effective) {
    var body = Json.createObjectBuilder().add("areaId", area).add("reason", reason);
    if (effective != null) {
      body.add("effective", effective);
    }
    return Http.postJson(
        base,
        "api/supervision/out-of-scope?year=" + year + "&scopeId=" + scope,
        user,
        body.build().toString());
  }

  private HttpResponse<String> unmark(String user, int year, long scope, long area) {
    return Http.send(
        base,
        "api/supervision/out-of-scope?year=" + year + "&scopeId=" + scope + "&areaId=" + area,
        user,
        "DELETE",
        "");
  }

  private JsonArray marks(String user, int year, long scope) {
    HttpResponse<String> r =
        Http.get(base, "api/supervision/out-of-scope?year=" + year + "&scopeId=" + scope, user);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonArray();
  }

  /** The areas a refusal names as uncovered ("无督导组负责的有A、B；"). */
  private static Set<String> namedUncovered(HttpResponse<String> refusal) {
    String message = Http.json(refusal.body()).asJsonObject().getString("message");
    int from = message.indexOf("无督导组负责的有");
    assertTrue(from >= 0, message);
    String names = message.substring(from + "无督导组负责的有".length());
    return Set.of(names.substring(0, names.indexOf('；')).split("、"));
  }

  private String plan(long scope, String effective, Map<Long, List<Long>> groups) {
    return plan(2023, scope, effective, groups);
  }

  private static String plan(int year, long scope, String effective, Map<Long, List<Long>> groups) {
    JsonArrayBuilder g = Json.createArrayBuilder();
    groups.forEach(
        (id, areas) ->
            g.add(
                Json.createObjectBuilder()
                    .add("groupId", id)
                    .add("areaIds", Json.createArrayBuilder(areas))));
    return Json.createObjectBuilder()
        .add("year", year)
        .add("scopeId", scope)
        .add("effective", effective)
        .add("groups", g)
        .build()
        .toString();
  }

  /** The current plan of the board, as group id → area ids. */
  private static Map<Long, List<Long>> current(JsonArray board) {
    Map<Long, List<Long>> plan = new LinkedHashMap<>();
    for (JsonValue v : board) {
      JsonObject a = v.asJsonObject();
      if (!a.containsKey("groupId") || a.isNull("groupId")) {
        continue;
      }
      plan.computeIfAbsent(a.getJsonNumber("groupId").longValue(), k -> new ArrayList<>())
          .add(a.getJsonNumber("areaId").longValue());
    }
    return plan;
  }

  @Test
  void fulingsGroupsCoverTheTownshipsTheNoticeNamesIncludingFormerNames() {
    long fuling = regionId("fladmin", "涪陵区");
    JsonArray board = board("fladmin", fuling, "2023-03-01");
    assertEquals("第一组", groupOf(board, "义和街道"), "the notice wrote 义和镇");
    assertEquals("第三组", groupOf(board, "大顺镇"), "the notice wrote 大顺乡");
    assertEquals("第五组", groupOf(board, "南沱镇"));
    assertEquals(
        null,
        groupOf(board, "敦仁街道"),
        "an urban street without poverty-alleviation tasks is not in the notice");
    assertEquals(
        URBAN_STREET,
        stringOf(board, "敦仁街道", "outOfScopeReason"),
        "the board shows why it has no group");
    assertEquals(URBAN_STREET, stringOf(board, "崇义街道", "outOfScopeReason"));
    assertEquals(null, stringOf(board, "南沱镇", "outOfScopeReason"));
    assertEquals(
        25,
        board.stream().map(JsonValue::asJsonObject).filter(a -> a.containsKey("groupId")).count());
  }

  @Test
  void
      fulingsNoticeIsRefusedNamingExactlyItsTwoUnmarkedStreetsAndSavesOnceTheyAreMarkedOutOfScope() {
    long fuling = regionId("fladmin", "涪陵区");
    JsonArray board = board("fladmin", fuling, "2023-03-01");
    long dunren = areaId(board, "敦仁街道");
    long chongyi = areaId(board, "崇义街道");
    JsonArray demo = marks("fladmin", 2023, fuling);
    assertEquals(
        Set.of("敦仁街道", "崇义街道"),
        demo.stream().map(m -> m.asJsonObject().getString("areaName")).collect(Collectors.toSet()),
        demo.toString());
    assertEquals(
        "system",
        demo.getJsonObject(0).getString("markedBy"),
        "the demo data marked them at start-up");

    // without the marks, the notice's own attachment (names as written) leaves exactly the two
    // streets uncovered
    assertEquals(200, unmark("fladmin", 2023, fuling, dunren).statusCode());
    assertEquals(200, unmark("fladmin", 2023, fuling, chongyi).statusCode());
    HttpResponse<String> refused = importNotice(fuling);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(Set.of("敦仁街道", "崇义街道"), namedUncovered(refused), refused.body());
    assertFalse(refused.body().contains("义和"), "every old name was resolved: " + refused.body());

    assertEquals(
        400,
        mark("fladmin", 2023, fuling, dunren, " ", null).statusCode(),
        "a mark needs its reason");
    assertEquals(
        403,
        mark("qxadmin", 2023, fuling, dunren, URBAN_STREET, null).statusCode(),
        "another district's administrator");
    HttpResponse<String> marked = mark("fladmin", 2023, fuling, dunren, URBAN_STREET, null);
    assertEquals(200, marked.statusCode(), marked.body());
    assertEquals(200, mark("fladmin", 2023, fuling, chongyi, URBAN_STREET, null).statusCode());

    // the audit trail recorded who marked them, and when
    JsonArray now = marks("fladmin", 2023, fuling);
    assertEquals(2, now.size(), now.toString());
    for (JsonValue m : now) {
      assertEquals("fladmin", m.asJsonObject().getString("markedBy"), now.toString());
      assertTrue(m.asJsonObject().containsKey("markedAt"), now.toString());
      assertEquals(URBAN_STREET, m.asJsonObject().getString("reason"));
    }

    HttpResponse<String> saved = importNotice(fuling);
    assertEquals(200, saved.statusCode(), saved.body());
    JsonArray after = Http.json(saved.body()).asJsonArray();
    assertEquals("第一组", groupOf(after, "义和街道"));
    assertEquals(URBAN_STREET, stringOf(after, "崇义街道", "outOfScopeReason"));
  }

  @Test
  void aGroupForAnAreaMarkedOutOfScopeIsRefusedNamingTheArea() {
    long fuling = regionId("fladmin", "涪陵区");
    JsonArray board = board("fladmin", fuling, "2023-05-01");
    Map<Long, List<Long>> plan = current(board);
    long first =
        board.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("areaName").equals("马鞍街道"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("groupId")
            .longValue();
    List<Long> withStreet = new ArrayList<>(plan.get(first));
    withStreet.add(areaId(board, "敦仁街道"));
    plan.put(first, withStreet);
    HttpResponse<String> r =
        Http.postJson(
            base, "api/supervision/assignment", "fladmin", plan(fuling, "2023-05-01", plan));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("敦仁街道已标记为不在本年度督导范围内"), r.body());
    assertFalse(
        r.body().contains("崇义街道"),
        "the other marked street has no group and is not named: " + r.body());
  }

  @Test
  void copyingAYearsGroupsCopiesItsMarksAndAMarkEndsTheGroupOfTheAreaTheDayBefore() {
    long fuling = regionId("fladmin", "涪陵区");
    HttpResponse<String> copied =
        Http.send(
            base,
            "api/supervision/copy?fromYear=2023&toYear=2027&scopeId="
                + fuling
                + "&effective=2026-10-01",
            "fladmin",
            "POST",
            "");
    assertEquals(200, copied.statusCode(), copied.body());
    assertEquals(5, Http.json(copied.body()).asJsonArray().size());
    JsonArray marks = marks("fladmin", 2027, fuling);
    assertEquals(
        Set.of("敦仁街道", "崇义街道"),
        marks.stream().map(m -> m.asJsonObject().getString("areaName")).collect(Collectors.toSet()),
        marks.toString());
    assertEquals(URBAN_STREET, marks.getJsonObject(0).getString("reason"));
    assertEquals(
        "fladmin",
        marks.getJsonObject(0).getString("markedBy"),
        "the copy is recorded as the copier's");
    JsonArray board = board("fladmin", 2027, fuling, "2027-01-01");
    assertEquals(null, groupOf(board, "敦仁街道"));
    assertEquals(URBAN_STREET, stringOf(board, "敦仁街道", "outOfScopeReason"));
    assertEquals("第五组", groupOf(board, "南沱镇"));

    // marking an area a group covers: the group covers it until the day before the given date
    long nantuo = areaId(board, "南沱镇");
    HttpResponse<String> noDate = mark("fladmin", 2027, fuling, nantuo, "测试：并入城区", null);
    assertEquals(400, noDate.statusCode());
    assertTrue(noDate.body().contains("南沱镇现有督导组负责，请填写生效日期"), noDate.body());
    assertEquals(200, mark("fladmin", 2027, fuling, nantuo, "测试：并入城区", "2027-03-01").statusCode());
    assertEquals("第五组", groupOf(board("fladmin", 2027, fuling, "2027-02-28"), "南沱镇"));
    JsonArray march = board("fladmin", 2027, fuling, "2027-03-01");
    assertEquals(null, groupOf(march, "南沱镇"));
    assertEquals("测试：并入城区", stringOf(march, "南沱镇", "outOfScopeReason"));

    // taken back into the scope, it needs a group again: a plan without it names it
    assertEquals(200, unmark("fladmin", 2027, fuling, nantuo).statusCode());
    HttpResponse<String> uncovered =
        Http.postJson(
            base,
            "api/supervision/assignment",
            "fladmin",
            plan(2027, fuling, "2027-04-01", current(march)));
    assertEquals(400, uncovered.statusCode(), uncovered.body());
    assertEquals(Set.of("南沱镇"), namedUncovered(uncovered));
  }

  @Test
  void everyVillageExactlyOnceAndHistoryForPastDates() {
    long songgai = regionId("qxadmin", "松溉镇");
    JsonArray board = board("qxadmin", songgai, "2022-11-15");
    assertEquals(7, board.size());
    Map<Long, List<Long>> plan = current(board);
    long wenchanggong =
        board.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("areaName").equals("文昌宫社区"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("areaId")
            .longValue();
    long first =
        board.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("areaName").equals("文昌宫社区"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("groupId")
            .longValue();
    long second =
        board.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("areaName").equals("松江社区"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("groupId")
            .longValue();

    Map<Long, List<Long>> uncovered = new LinkedHashMap<>(plan);
    uncovered.put(first, List.of());
    HttpResponse<String> r1 =
        Http.postJson(
            base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-01", uncovered));
    assertEquals(400, r1.statusCode());
    assertTrue(r1.body().contains("无督导组负责的有文昌宫社区"), r1.body());

    Map<Long, List<Long>> twice = new LinkedHashMap<>(plan);
    twice.put(second, List.of(plan.get(second).get(0), wenchanggong));
    HttpResponse<String> r2 =
        Http.postJson(
            base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-01", twice));
    assertEquals(400, r2.statusCode());
    assertTrue(r2.body().contains("被多个督导组同时负责的有文昌宫社区"), r2.body());

    Map<Long, List<Long>> moved = new LinkedHashMap<>(plan);
    moved.put(first, List.of());
    moved.put(second, List.of(plan.get(second).get(0), wenchanggong));
    // 第一督导组 keeps no village only if allowed: give it 松江社区 in exchange
    moved.put(first, List.of(plan.get(second).get(0)));
    moved.put(second, List.of(wenchanggong));
    HttpResponse<String> r3 =
        Http.postJson(
            base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-01", moved));
    assertEquals(200, r3.statusCode(), r3.body());
    assertEquals(
        "第一督导组",
        groupOf(board("qxadmin", songgai, "2022-11-30"), "文昌宫社区"),
        "a report for a past date uses the group of then");
    assertEquals("第二督导组", groupOf(board("qxadmin", songgai, "2022-12-01"), "文昌宫社区"));

    // members see their own group's areas only, and cannot read the board
    HttpResponse<String> mine = Http.get(base, "api/supervision/mine?year=2023", "duchao");
    assertEquals(200, mine.statusCode(), mine.body());
    assertEquals(
        403,
        Http.get(
                base,
                "api/supervision/board?year=2023&scopeId=" + songgai + "&date=2022-12-01",
                "duchao")
            .statusCode());
    assertEquals(
        403,
        Http.get(
                base,
                "api/supervision/board?year=2023&scopeId="
                    + regionId("fladmin", "涪陵区")
                    + "&date=2022-12-01",
                "qxadmin")
            .statusCode());

    // put things back as the notice has them
    HttpResponse<String> back =
        Http.postJson(
            base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-02", plan));
    assertEquals(200, back.statusCode(), back.body());
  }

  @Test
  void visitsRaiseIssuesThatAreFlaggedWhenOverdueAndClosedWithEvidence() {
    JsonArray mine =
        Http.json(Http.get(base, "api/supervision/mine?year=2023", "duchao").body()).asJsonArray();
    JsonObject group = mine.getJsonObject(0);
    long area = group.getJsonArray("areas").getJsonObject(0).getJsonNumber("areaId").longValue();
    String visit =
        Json.createObjectBuilder()
            .add("groupId", group.getJsonNumber("id").longValue())
            .add("areaId", area)
            .add("date", "2022-11-20")
            .add("membersPresent", "周垂江")
            .add("findings", "低保户参保登记未完成")
            .add("issue", "3户低保户未参保")
            .add("deadline", "2022-11-30")
            .add("responsible", "村专干")
            .build()
            .toString();
    HttpResponse<String> r = Http.postJson(base, "api/supervision/visits", "duchao", visit);
    assertEquals(200, r.statusCode(), r.body());
    JsonArray overdue =
        Http.json(Http.get(base, "api/supervision/issues?overdue=true", "duchao").body())
            .asJsonArray();
    JsonObject issue =
        overdue.stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("description").equals("3户低保户未参保"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the overdue issue is flagged for the group: " + overdue));
    assertTrue(
        Http.get(base, "api/supervision/issues?overdue=true", "qxadmin")
            .body()
            .contains("3户低保户未参保"),
        "and for the district");
    assertEquals(
        403,
        Http.postJson(base, "api/supervision/visits", "cungan", visit).statusCode(),
        "not a group member");
    String id = String.valueOf(issue.getJsonNumber("id").longValue());
    assertEquals(
        400,
        Http.postJson(base, "api/supervision/issues/" + id + "/close", "duchao", "").statusCode(),
        "evidence required");
    HttpResponse<String> closed =
        Http.postJson(base, "api/supervision/issues/" + id + "/close", "duchao", "已补缴，见缴费回执");
    assertEquals(200, closed.statusCode(), closed.body());
    assertFalse(
        Http.get(base, "api/supervision/issues?overdue=true", "duchao")
            .body()
            .contains("3户低保户未参保"));
  }
}
