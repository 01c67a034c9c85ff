package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A year of 永川区 closed as a district would (年度锁定): 松溉镇's year-end evaluation computed, reviewed,
 * confirmed and published through the REST API, then the year closed; and reopened by the system
 * administrator. Each test class closes a year no other test writes into.
 */
final class YearClose {
  private YearClose() {}

  static long region(URL base, String name) {
    return Http.firstId(
        Http.get(
                base,
                "api/regions?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                "qxadmin")
            .body());
  }

  /**
   * 永川区's settings for {@code year} saved (its 2023 settings, dates moved back: the screen proposes
   * only earlier years; saved for the district, not 松溉镇, so that 松溉镇's own latest settings stay
   * those other tests expect), 松溉镇's evaluation of the year computed and published; returns the
   * evaluation's id.
   */
  static long publishEvaluation(URL base, int year) {
    long songgai = region(base, "松溉镇");
    JsonObject settings =
        Http.json(
                Http.get(
                        base,
                        "api/incentives/settings?year=" + year + "&areaId=" + songgai,
                        "qxadmin")
                    .body())
            .asJsonObject();
    if (!settings.getBoolean("saved")) {
      JsonObject of2023 =
          Http.json(
                  Http.get(base, "api/incentives/settings?year=2023&areaId=" + songgai, "qxadmin")
                      .body())
              .asJsonObject();
      JsonObjectBuilder moved =
          Json.createObjectBuilder(of2023).add("year", year).add("areaId", region(base, "永川区"));
      for (String date : new String[] {"baseDate", "campaignStart", "cutoff"}) {
        if (of2023.containsKey(date) && !of2023.isNull(date)) {
          moved.add(
              date, LocalDate.parse(of2023.getString(date)).minusYears(2023 - year).toString());
        }
      }
      HttpResponse<String> saved =
          Http.send(base, "api/incentives/settings", "qxadmin", "PUT", moved.build().toString());
      assertEquals(200, saved.statusCode(), saved.body());
    }
    HttpResponse<String> draft =
        Http.postJson(
            base,
            "api/incentives/evaluations?year=" + year + "&townshipId=" + songgai,
            "sbs",
            "{}");
    assertEquals(200, draft.statusCode(), draft.body());
    long id = Http.firstId(draft.body());
    step(base, id, "review", "sbs");
    step(base, id, "confirm", "qxadmin");
    step(base, id, "publish", "qxadmin");
    return id;
  }

  private static void step(URL base, long evaluation, String step, String user) {
    HttpResponse<String> r =
        Http.postJson(base, "api/incentives/evaluations/" + evaluation + "/" + step, user, "{}");
    assertEquals(200, r.statusCode(), step + ": " + r.body());
  }

  static HttpResponse<String> close(URL base, String user, int year) {
    return Http.post(
        base,
        "api/closed-years?districtId=" + region(base, "永川区") + "&year=" + year,
        user,
        new byte[0]);
  }

  static HttpResponse<String> reopen(URL base, String user, int year, String reason) {
    return Http.post(
        base,
        "api/closed-years/reopen?districtId=" + region(base, "永川区") + "&year=" + year,
        user,
        reason.getBytes(StandardCharsets.UTF_8));
  }
}
