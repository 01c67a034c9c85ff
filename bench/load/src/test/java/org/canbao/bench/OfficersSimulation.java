package org.canbao.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Village (村(居)专干) and township (乡镇社保所) officers in the campaign weeks, each signed in with an
 * account of their own on the login form, as a browser does: the dashboard, the person list (the
 * JSF page, then its PrimeFaces lazy-list AJAX requests: next page, search by name), a person's
 * page, and a payment registered for a person of their area (REST, as the page's scripts may call
 * it), then that person's page again. Every response is checked (status and content), so an error
 * page, a login page instead of the expected one, or a refused payment counts as an error.
 *
 * <p>System properties (bench/load.sh sets them): baseUrl, users, durationSeconds, rampSeconds,
 * accounts (CSV: username,kind,payIds — payIds are people of the account's area, separated by ';',
 * given to no other account, so that two users never pay for the same person), password, payYear,
 * payDate.
 */
public class OfficersSimulation extends Simulation {
  static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");
  static final int USERS = Integer.getInteger("users", 10);
  static final int DURATION = Integer.getInteger("durationSeconds", 60);
  static final int RAMP = Integer.getInteger("rampSeconds", 10);
  static final String ACCOUNTS = System.getProperty("accounts", "accounts.csv");
  static final String PASSWORD = System.getProperty("password", "Canbao@2026");
  static final String PAY_YEAR = System.getProperty("payYear", "2024");
  static final String PAY_DATE = System.getProperty("payDate", "2023-11-15");

  /** Surnames the officers search for (common ones in the demo population). */
  static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐");

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("zh-CN,zh;q=0.9")
          .userAgentHeader("Canbao load test (Gatling)")
          .disableCaching();

  FeederBuilder<String> accounts = csv(ACCOUNTS).queue();

  ChainBuilder signIn =
      exec(http("login page")
              .get("/login.xhtml")
              .check(status().is(200))
              .check(css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
          .exec(
              http("sign in")
                  .post("/login.xhtml")
                  .disableFollowRedirect()
                  .formParam("loginForm", "loginForm")
                  .formParam("loginForm:username", "#{username}")
                  .formParam("loginForm:password", PASSWORD)
                  .formParam("loginForm:submit", "")
                  .formParam(VIEW_STATE, "#{viewState}")
                  // a refused sign-in answers 200 with the form and its message
                  .check(status().is(302))
                  .check(header("Location").transform(l -> l.contains("login")).is(false)));

  ChainBuilder dashboard =
      exec(
          http("dashboard")
              .get("/")
              .check(status().is(200))
              .check(css("#dashboard-region").exists())
              .check(css("#dashboard-tiles").exists()));

  /** The JSF page with the first page of the lazy list, rendered on the server. */
  ChainBuilder personList =
      exec(
          http("person list")
              .get("/enrollment/persons.xhtml")
              .check(status().is(200))
              .check(css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState"))
              .check(regex("共 (\\d+) 人").exists())
              .check(regex("person\\.xhtml\\?id=(\\d+)").findRandom().saveAs("personId")));

  /** The fields the search form posts (process="@form"), the name as given. */
  static io.gatling.javaapi.http.HttpRequestActionBuilder withForm(
      io.gatling.javaapi.http.HttpRequestActionBuilder request, String name) {
    return request
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("personsForm", "personsForm")
        .formParam("personsForm:idNumber", "")
        .formParam("personsForm:name", name)
        .formParam("personsForm:village_input", "")
        .formParam("personsForm:village_hinput", "")
        .formParam("personsForm:category_input", "")
        .formParam(VIEW_STATE, "#{viewState}");
  }

  /** The lazy list's next page: PrimeFaces' AJAX request for the rows 21-40. */
  ChainBuilder nextPage =
      exec(
          withForm(http("person list: next page (AJAX)").post("/enrollment/persons.xhtml"), "")
              .formParam("jakarta.faces.partial.ajax", "true")
              .formParam("jakarta.faces.source", "personsForm:persons")
              .formParam("jakarta.faces.partial.execute", "personsForm:persons")
              .formParam("jakarta.faces.partial.render", "personsForm:persons")
              .formParam("personsForm:persons", "personsForm:persons")
              .formParam("personsForm:persons_pagination", "true")
              .formParam("personsForm:persons_first", "20")
              .formParam("personsForm:persons_rows", "20")
              .formParam("personsForm:persons_skipChildren", "true")
              .formParam("personsForm:persons_encodeFeature", "true")
              .check(status().is(200))
              .check(substring("<partial-response").exists())
              .check(substring("<error>").notExists())
              .check(regex("person\\.xhtml\\?id=(\\d+)").findRandom().saveAs("personId")));

  /** The search button: the form processed, the table rendered again with the matches. */
  ChainBuilder search =
      exec(session ->
              session.set(
                  "surname", SURNAMES.get(ThreadLocalRandom.current().nextInt(SURNAMES.size()))))
          .exec(
              withForm(http("person search (AJAX)").post("/enrollment/persons.xhtml"), "#{surname}")
                  .formParam("jakarta.faces.partial.ajax", "true")
                  .formParam("jakarta.faces.source", "personsForm:search")
                  .formParam("jakarta.faces.partial.execute", "personsForm")
                  .formParam("jakarta.faces.partial.render", "personsForm:persons")
                  .formParam("personsForm:search", "personsForm:search")
                  .check(status().is(200))
                  .check(substring("<partial-response").exists())
                  .check(substring("<error>").notExists())
                  .check(regex("共 (\\d+) 人").exists())
                  .check(
                      regex("person\\.xhtml\\?id=(\\d+)")
                          .findRandom()
                          .optional()
                          .saveAs("foundId")))
          .doIf(session -> session.contains("foundId"))
          .then(
              exec(
                  session ->
                      session.set("personId", session.getString("foundId")).remove("foundId")));

  ChainBuilder personPage =
      exec(
          http("person page")
              .get("/enrollment/person.xhtml?id=#{personId}")
              .check(status().is(200))
              .check(css("#person-name").exists())
              .check(css("[id='personForm:records']").exists()));

  /** The next person of the account's own share, or none when the share is used up. */
  static Session nextPayee(Session session) {
    List<String> ids = List.of(session.getString("payIds").split(";"));
    int n = session.contains("paid") ? session.getInt("paid") : 0;
    if (n >= ids.size() || ids.get(n).isEmpty()) {
      return session.remove("payee");
    }
    return session.set("payee", ids.get(n)).set("paid", n + 1);
  }

  ChainBuilder payment =
      exec(OfficersSimulation::nextPayee)
          .doIf(session -> session.contains("payee"))
          .then(
              exec(http("payee's page")
                      .get("/enrollment/person.xhtml?id=#{payee}")
                      .check(status().is(200))
                      .check(css("[id='personForm:payment']").exists()))
                  .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                  .exec(
                      http("register payment (REST)")
                          .post("/api/enrollments")
                          .header("X-Requested-With", "XMLHttpRequest")
                          .header("Content-Type", "application/json")
                          .header("Accept", "application/json")
                          .body(
                              StringBody(
                                  "{\"personId\":#{payee},\"year\":"
                                      + PAY_YEAR
                                      + ",\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\""
                                      + PAY_DATE
                                      + "\",\"channel\":\"WECHAT\"}"))
                          .check(status().is(200))
                          .check(jsonPath("$.id").exists())
                          .check(jsonPath("$.year").is(PAY_YEAR)))
                  .exec(
                      http("payee's page after payment")
                          .get("/enrollment/person.xhtml?id=#{payee}")
                          .check(status().is(200))
                          .check(substring(PAY_YEAR).exists())));

  ScenarioBuilder officers =
      scenario("village and township officers")
          .feed(accounts)
          .exec(signIn)
          .during(Duration.ofSeconds(DURATION))
          .on(
              exec(dashboard)
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                  .exec(personList)
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                  .exec(nextPage)
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                  .exec(search)
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                  .exec(personPage)
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                  .exec(payment)
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

  {
    setUp(officers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
        .protocols(protocol)
        // bounded: the ramp, the loop, and one last round of at most a minute
        .maxDuration(Duration.ofSeconds(RAMP + DURATION + 60))
        .assertions(global().failedRequests().count().is(0L));
  }
}
