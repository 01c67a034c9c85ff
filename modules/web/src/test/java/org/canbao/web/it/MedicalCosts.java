package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Medical-cost extracts (医疗费用明细) as the district's medical-insurance system writes them, posted
 * through the import pipeline, and the alert computation they start.
 */
final class MedicalCosts {
  static final String HEADER = "身份证号,姓名,费用年月,统计口径,医疗总费用,基本医保支付,大病保险支付,医疗救助支付,个人自付,个人自费\n";

  private MedicalCosts() {}

  /**
   * A row whose person bore {@code selfPaid} (自付) and {@code selfFunded} (自费); the funds paid
   * 18,000 (basic), 2,500 (critical illness) and 1,200 (assistance), the total is all of it.
   */
  static String row(
      String id, String name, String month, String scope, String selfPaid, String selfFunded) {
    BigDecimal total =
        new BigDecimal("21700.00").add(new BigDecimal(selfPaid)).add(new BigDecimal(selfFunded));
    return String.join(
            ",",
            id,
            name,
            month,
            scope,
            total.toPlainString(),
            "18000.00",
            "2500.00",
            "1200.00",
            selfPaid,
            selfFunded)
        + "\n";
  }

  /** Checks and commits an extract as {@code user}; the batch id. */
  static String commit(URL base, String user, String fileName, String csv)
      throws InterruptedException {
    return Imports.checkAndCommit(
        base, user, "MEDICAL_COSTS", fileName, null, csv.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Waits for the computation the batch's commit started (it runs after the commit, on a thread of
   * its own) to end: a state to wait for, not a time; the run as JSON.
   */
  static String runAfter(URL base, String user, int year, long areaId, String batchId)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    String json = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r =
          Http.get(base, "api/medical-alerts/runs/latest?year=" + year + "&areaId=" + areaId, user);
      json = r.body();
      if (r.statusCode() == 200
          && json.contains("\"batchId\":" + batchId + ",")
          && !"RUNNING".equals(Http.field(json, "status"))) {
        return json;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no computation after batch " + batchId + " ended: " + json);
  }

  /** Saves a district's lines of a year: standard, ×1.0 low-income, ×2.0 stable, the income. */
  static void saveLines(URL base, long districtId, int year, String standard, String ordinary) {
    HttpResponse<String> saved =
        Http.send(
            base,
            "api/medical-alerts/lines",
            "qxadmin",
            "PUT",
            "{\"areaId\":"
                + districtId
                + ",\"year\":"
                + year
                + ",\"monitoringStandard\":"
                + standard
                + ",\"lowIncomeMultiple\":1.0,\"lowIncomeCategories\":[\"TEKUN\",\"DIBAO\",\"DIBAO_MARGINAL\"],"
                + "\"stableMultiple\":2.0,\"stableCategories\":[\"STABLE_POST_POVERTY\"],\"ordinaryLine\":"
                + ordinary
                + ",\"basis\":\"测试\",\"pushDays\":5,\"verifyDays\":10,\"requestDays\":5,\"answerDays\":15,\"closeDays\":10}");
    assertEquals(200, saved.statusCode(), saved.body());
  }
}
