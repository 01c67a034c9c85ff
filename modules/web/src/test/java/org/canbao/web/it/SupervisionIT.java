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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 分片包干 through the API: the demo groups, the exactly-one rule, history, members' scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionIT {
  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.canbao();
  }

  private long regionId(String user, String name) {
    return Http.json(Http.get(base, "api/regions?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), user).body())
        .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
  }

  private JsonArray board(String user, long scope, String date) {
    HttpResponse<String> r = Http.get(base, "api/supervision/board?year=2023&scopeId=" + scope + "&date=" + date, user);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonArray();
  }

  private static String groupOf(JsonArray board, String area) {
    JsonObject a = board.stream().map(JsonValue::asJsonObject).filter(x -> x.getString("areaName").equals(area)).findFirst().orElseThrow();
    return a.containsKey("groupName") && !a.isNull("groupName") ? a.getString("groupName") : null;
  }

  private String plan(long scope, String effective, Map<Long, List<Long>> groups) {
    JsonArrayBuilder g = Json.createArrayBuilder();
    groups.forEach((id, areas) -> g.add(Json.createObjectBuilder().add("groupId", id).add("areaIds", Json.createArrayBuilder(areas))));
    return Json.createObjectBuilder().add("year", 2023).add("scopeId", scope).add("effective", effective).add("groups", g).build().toString();
  }

  /** The current plan of the board, as group id → area ids. */
  private static Map<Long, List<Long>> current(JsonArray board) {
    Map<Long, List<Long>> plan = new LinkedHashMap<>();
    for (JsonValue v : board) {
      JsonObject a = v.asJsonObject();
      plan.computeIfAbsent(a.getJsonNumber("groupId").longValue(), k -> new java.util.ArrayList<>()).add(a.getJsonNumber("areaId").longValue());
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
    assertEquals(null, groupOf(board, "敦仁街道"), "an urban street without poverty-alleviation tasks is not in the notice");

    // the notice's own attachment, names as written: refused because two streets stay uncovered
    String file = "组别,责任片区\n" + String.join("\n", List.of("第一组,马鞍街道", "第一组,李渡街道", "第一组,义和镇", "第一组,珍溪镇", "第一组,百胜镇",
        "第二组,龙桥街道", "第二组,蔺市镇", "第二组,新妙镇", "第二组,石沱镇", "第二组,增福乡", "第三组,马武镇", "第三组,青羊镇", "第三组,龙潭镇",
        "第三组,同乐乡", "第三组,大顺乡", "第四组,白涛街道", "第四组,焦石镇", "第四组,大木乡", "第四组,武陵山乡", "第四组,罗云乡", "第五组,江东街道",
        "第五组,江北街道", "第五组,荔枝街道", "第五组,清溪镇", "第五组,南沱镇")) + "\n";
    HttpResponse<String> imported = Http.post(base, "api/supervision/assignment/file?year=2023&scopeId=" + fuling + "&fileName=a.csv&effective=2023-04-01",
        "fladmin", file.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, imported.statusCode(), imported.body());
    assertTrue(imported.body().contains("敦仁街道") && imported.body().contains("崇义街道"), imported.body());
    assertFalse(imported.body().contains("义和"), "every old name was resolved: " + imported.body());
  }

  @Test
  void everyVillageExactlyOnceAndHistoryForPastDates() {
    long songgai = regionId("qxadmin", "松溉镇");
    JsonArray board = board("qxadmin", songgai, "2022-11-15");
    assertEquals(7, board.size());
    Map<Long, List<Long>> plan = current(board);
    long wenchanggong = board.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("areaName").equals("文昌宫社区"))
        .findFirst().orElseThrow().getJsonNumber("areaId").longValue();
    long first = board.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("areaName").equals("文昌宫社区")).findFirst().orElseThrow()
        .getJsonNumber("groupId").longValue();
    long second = board.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("areaName").equals("松江社区")).findFirst().orElseThrow()
        .getJsonNumber("groupId").longValue();

    Map<Long, List<Long>> uncovered = new LinkedHashMap<>(plan);
    uncovered.put(first, List.of());
    HttpResponse<String> r1 = Http.postJson(base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-01", uncovered));
    assertEquals(400, r1.statusCode());
    assertTrue(r1.body().contains("无督导组负责的有文昌宫社区"), r1.body());

    Map<Long, List<Long>> twice = new LinkedHashMap<>(plan);
    twice.put(second, List.of(plan.get(second).get(0), wenchanggong));
    HttpResponse<String> r2 = Http.postJson(base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-01", twice));
    assertEquals(400, r2.statusCode());
    assertTrue(r2.body().contains("被多个督导组同时负责的有文昌宫社区"), r2.body());

    Map<Long, List<Long>> moved = new LinkedHashMap<>(plan);
    moved.put(first, List.of());
    moved.put(second, List.of(plan.get(second).get(0), wenchanggong));
    // 第一督导组 keeps no village only if allowed: give it 松江社区 in exchange
    moved.put(first, List.of(plan.get(second).get(0)));
    moved.put(second, List.of(wenchanggong));
    HttpResponse<String> r3 = Http.postJson(base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-01", moved));
    assertEquals(200, r3.statusCode(), r3.body());
    assertEquals("第一督导组", groupOf(board("qxadmin", songgai, "2022-11-30"), "文昌宫社区"), "a report for a past date uses the group of then");
    assertEquals("第二督导组", groupOf(board("qxadmin", songgai, "2022-12-01"), "文昌宫社区"));

    // members see their own group's areas only, and cannot read the board
    HttpResponse<String> mine = Http.get(base, "api/supervision/mine?year=2023", "duchao");
    assertEquals(200, mine.statusCode(), mine.body());
    assertEquals(403, Http.get(base, "api/supervision/board?year=2023&scopeId=" + songgai + "&date=2022-12-01", "duchao").statusCode());
    assertEquals(403, Http.get(base, "api/supervision/board?year=2023&scopeId=" + regionId("fladmin", "涪陵区") + "&date=2022-12-01", "qxadmin").statusCode());

    // put things back as the notice has them
    HttpResponse<String> back = Http.postJson(base, "api/supervision/assignment", "qxadmin", plan(songgai, "2022-12-02", plan));
    assertEquals(200, back.statusCode(), back.body());
  }

  @Test
  void visitsRaiseIssuesThatAreFlaggedWhenOverdueAndClosedWithEvidence() {
    JsonArray mine = Http.json(Http.get(base, "api/supervision/mine?year=2023", "duchao").body()).asJsonArray();
    JsonObject group = mine.getJsonObject(0);
    long area = group.getJsonArray("areas").getJsonObject(0).getJsonNumber("areaId").longValue();
    String visit = Json.createObjectBuilder().add("groupId", group.getJsonNumber("id").longValue()).add("areaId", area)
        .add("date", "2022-11-20").add("membersPresent", "周垂江").add("findings", "低保户参保登记未完成")
        .add("issue", "3户低保户未参保").add("deadline", "2022-11-30").add("responsible", "村专干").build().toString();
    HttpResponse<String> r = Http.postJson(base, "api/supervision/visits", "duchao", visit);
    assertEquals(200, r.statusCode(), r.body());
    JsonArray overdue = Http.json(Http.get(base, "api/supervision/issues?overdue=true", "duchao").body()).asJsonArray();
    JsonObject issue = overdue.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("description").equals("3户低保户未参保"))
        .findFirst().orElseThrow(() -> new AssertionError("the overdue issue is flagged for the group: " + overdue));
    assertTrue(Http.get(base, "api/supervision/issues?overdue=true", "qxadmin").body().contains("3户低保户未参保"), "and for the district");
    assertEquals(403, Http.postJson(base, "api/supervision/visits", "cungan", visit).statusCode(), "not a group member");
    String id = String.valueOf(issue.getJsonNumber("id").longValue());
    assertEquals(400, Http.postJson(base, "api/supervision/issues/" + id + "/close", "duchao", "").statusCode(), "evidence required");
    HttpResponse<String> closed = Http.postJson(base, "api/supervision/issues/" + id + "/close", "duchao", "已补缴，见缴费回执");
    assertEquals(200, closed.statusCode(), closed.body());
    assertFalse(Http.get(base, "api/supervision/issues?overdue=true", "duchao").body().contains("3户低保户未参保"));
  }
}
