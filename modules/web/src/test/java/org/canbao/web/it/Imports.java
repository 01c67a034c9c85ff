package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Name lists posted through the REST import pipeline, as other systems and the tests use it. */
final class Imports {
  static final String HEADER = "身份证号,姓名,户号,与户主关系,乡镇(街道),村(社区)\n";

  private Imports() {}

  /** A small PDF, as an evidence file. */
  static final byte[] SMALL_PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.ISO_8859_1);

  /** A valid ID number of someone born in Yongchuan, different in every call. */
  /**
   * Every number handed out in this test run: random numbers collide (a thousand people share
   * birthdays).
   */
  private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

  static String newId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return newId(LocalDate.of(1940 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28)));
  }

  /** A valid ID number of someone born in Yongchuan on {@code birth} (a newborn, say). */
  static String newId(LocalDate birth) {
    return newId("500118", birth);
  }

  /**
   * A valid ID number (right check character) with these first six digits, different in every call.
   */
  static String newId(String region, LocalDate birth) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String body;
    do {
      body =
          region
              + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
              + String.format("%03d", r.nextInt(1000));
    } while (!ISSUED.add(body));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  static String post(
      URL base, String user, String kind, String fileName, String category, byte[] body) {
    return post(
        base, user, kind + (category == null ? "" : "&category=" + category), fileName, body);
  }

  /** A payment list (tax feed) for an insurance year. */
  static String postPayments(URL base, String user, int year, String fileName, byte[] body) {
    return post(base, user, "PAYMENT_LIST&year=" + year, fileName, body);
  }

  private static String post(
      URL base, String user, String kindAndParameters, String fileName, byte[] body) {
    String q =
        "api/imports?kind="
            + kindAndParameters
            + "&fileName="
            + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    HttpResponse<String> r = Http.post(base, q, user, body);
    assertEquals(200, r.statusCode(), r.body());
    return Http.field(r.body(), "id");
  }

  /** Polls the batch until its check or commit has ended, for at most two minutes. */
  static String waitFor(URL base, String user, String id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    do {
      String json = Http.get(base, "api/imports/" + id, user).body();
      String status = Http.field(json, "status");
      if (!status.equals("CHECKING") && !status.equals("COMMITTING")) {
        return json;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("import " + id + " did not finish");
  }

  /**
   * Polls the batch until it reports {@code expected} (or has ended otherwise), for at most two
   * minutes: a state to wait for, not a time.
   */
  static String waitForStatus(URL base, String user, String id, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    String json;
    do {
      json = Http.get(base, "api/imports/" + id, user).body();
      String status = Http.field(json, "status");
      if (status.equals(expected) || status.equals("FAILED")) {
        return json;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    return json;
  }

  /** The batch's entry in the caller's import history (GET /api/imports). */
  static JsonObject inHistory(URL base, String user, String id) {
    String body = Http.get(base, "api/imports", user).body();
    return ((JsonArray) Http.json(body))
        .getValuesAs(JsonObject.class).stream()
            .filter(b -> String.valueOf(b.getJsonNumber("id").longValue()).equals(id))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("batch " + id + " is not in the history: " + body));
  }

  static String checkAndCommit(
      URL base, String user, String kind, String fileName, String category, byte[] body)
      throws InterruptedException {
    String id = post(base, user, kind, fileName, category, body);
    String checked = waitFor(base, user, id);
    assertEquals("CHECKED", Http.field(checked, "status"), checked);
    assertEquals(
        "0",
        Http.field(checked, "rejectedRows"),
        Http.get(base, "api/imports/" + id + "/errors", user).body());
    HttpResponse<String> commit =
        Http.post(base, "api/imports/" + id + "/commit", user, new byte[0]);
    assertEquals(200, commit.statusCode(), commit.body());
    String done = waitFor(base, user, id);
    assertEquals("COMMITTED", Http.field(done, "status"), done);
    return id;
  }
}
