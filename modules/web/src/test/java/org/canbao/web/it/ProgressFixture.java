package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import org.canbao.enrollment.domain.Person;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/**
 * Villages, people and records for the progress tests, in-container: the registry through its
 * entities (a move or a death on a past date), enrollments through the REST API as the district
 * administrator (priced and recorded as on screen), figures through {@code /api/progress}.
 */
final class ProgressFixture {
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final String SUB_TARGETS =
      "&lowIncome=DIBAO&lowIncome=TEKUN&povertyAlleviated=STABLE_POST_POVERTY";

  private final EntityManager em;
  private final UserTransaction tx;
  private final RegionRepository regions;
  private final RegionDirectory directory;
  final URL base;

  ProgressFixture(
      EntityManager em,
      UserTransaction tx,
      RegionRepository regions,
      RegionDirectory directory,
      URL base) {
    this.em = em;
    this.tx = tx;
    this.regions = regions;
    this.directory = directory;
    this.base = base;
  }

  /**
   * The street of 永川区 the test villages are added to (outside the supervised town, whose boards
   * other tests check).
   */
  RegionRef street() {
    return directory.byCode("500118001").orElseThrow();
  }

  /** A new village of {@link #street()}, for one test's people only. */
  RegionRef newVillage(String name) throws Exception {
    tx.begin();
    Region street = regions.byCode("500118001").orElseThrow();
    Region village =
        regions.add(
            new Region(
                street,
                RegionLevel.VILLAGE,
                null,
                name + UUID.randomUUID().toString().substring(0, 6),
                null));
    tx.commit();
    return directory.find(village.id()).orElseThrow();
  }

  /** A person registered in {@code village} since {@code since} (null: unknown). */
  long person(RegionRef village, String household, LocalDate since) throws Exception {
    tx.begin();
    Person p = new Person(IdNumber.parse(Imports.newId()), "进度测试", household, "户主", village, since);
    em.persist(p);
    tx.commit();
    return p.id();
  }

  /** Changes a registered person through the domain (a move, a status, an identity), committed. */
  void change(long personId, Consumer<Person> change) throws Exception {
    tx.begin();
    change.accept(em.find(Person.class, personId));
    tx.commit();
  }

  RegionRef region(long id) {
    return directory.find(id).orElseThrow();
  }

  /** A resident payment for 2023 paid on {@code date}, registered as on screen; the record's id. */
  long pay(long personId, LocalDate date) {
    HttpResponse<String> r =
        Http.postJson(
            base,
            "api/enrollments",
            "qxadmin",
            "{\"personId\":"
                + personId
                + ",\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\""
                + date
                + "\",\"channel\":\"WECHAT\"}");
    assertEquals(200, r.statusCode(), r.body());
    return Long.parseLong(Http.field(r.body(), "id"));
  }

  /** Employee insurance or insurance outside the district for 2023, recorded today. */
  HttpResponse<String> other(long personId, String kind) {
    return Http.postJson(
        base,
        "api/enrollments/other?personId="
            + personId
            + "&year=2023&kind="
            + kind
            + "&evidence=E"
            + personId,
        "qxadmin",
        "{}");
  }

  void reverse(long recordId) {
    HttpResponse<String> r =
        Http.send(base, "api/enrollments/" + recordId + "/reverse", "qxadmin", "POST", "录入错误");
    assertEquals(200, r.statusCode(), r.body());
  }

  HttpResponse<String> get(String user, String path) {
    return Http.get(base, path, user);
  }

  /**
   * Every village of an area with its figures for 2023 as of a date, as {@code user} reads them.
   */
  JsonArray villages(String user, long areaId, LocalDate asOf) {
    HttpResponse<String> r =
        get(
            user,
            "api/progress/villages?year=2023&areaId=" + areaId + "&asOf=" + asOf + SUB_TARGETS);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r.body()).asJsonArray();
  }

  /** One village's figures for 2023 as of a date, read by the district administrator. */
  JsonObject figures(RegionRef village, LocalDate asOf) {
    JsonArray rows = villages("qxadmin", village.id(), asOf);
    assertEquals(1, rows.size(), rows.toString());
    return rows.getJsonObject(0);
  }

  /** The figures of a village in a list of villages. */
  static JsonObject row(JsonArray villages, RegionRef village) {
    return villages.stream()
        .map(JsonValue::asJsonObject)
        .filter(v -> v.getJsonNumber("villageId").longValue() == village.id())
        .findFirst()
        .orElseThrow(() -> new AssertionError(village.name() + " is not in " + villages));
  }

  /** Registered, resident, employee, outside: "registered/resident/employee/outside". */
  static String counts(JsonObject f) {
    return f.getInt("registered")
        + "/"
        + f.getInt("resident")
        + "/"
        + f.getInt("employee")
        + "/"
        + f.getInt("outside");
  }
}
