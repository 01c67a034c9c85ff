package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportStatus;
import org.canbao.enrollment.api.PersonDraft;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.enrollment.application.ImportBatches;
import org.canbao.enrollment.application.ImportFailures;
import org.canbao.enrollment.application.ImportWork;
import org.canbao.enrollment.application.InterruptedImports;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.Person;
import org.canbao.kernel.api.AccountFacade;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.AuditFacade;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.ChangeType;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.ImportReport;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.ScheduledRuns;
import org.canbao.kernel.application.LoginAttempts;
import org.canbao.kernel.application.PasswordHasher;
import org.canbao.kernel.application.RegionImporter;
import org.canbao.kernel.domain.AppUser;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;
import org.canbao.kernel.domain.SignInStates;
import org.canbao.kernel.domain.UserRepository;
import org.canbao.kernel.infrastructure.SchemaMigrations;
import org.canbao.web.nav.Navigation;
import org.canbao.web.rest.UnexpectedExceptionMapper;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.hibernate.Session;
import org.hibernate.Version;
import org.hibernate.envers.AuditReaderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation on the real stack: Payara Micro, Hibernate, Flyway and PostgreSQL (started by
 * bin/test). In-container tests check the persistence set-up; client tests go through HTTP like any
 * other system would, signed in as the demo users.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.canbao(
        FoundationIT.class,
        Http.class,
        Imports.class,
        ProgressFixture.class,
        ChangeRecorder.class,
        WebSession.class);
  }

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Resource UserTransaction tx;
  @Inject SchemaMigrations migrations;
  @Inject RegionRepository regions;
  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject LoginAttempts attempts;
  @Inject AccountFacade accounts;
  @Inject SignInStates signIns;

  @Inject RegionImporter importer;
  @Inject ImportBatches importBatches;
  @Inject ImportWork importWork;
  @Inject MetricRegistry metrics;
  @Inject InterruptedImports interruptedImports;
  @Inject ImportFailures importFailures;
  @Inject ScheduledRuns scheduledRuns;

  @ArquillianResource URL base;

  @Inject RegionDirectory directory;
  @Inject ChangeRecorder changes;

  /**
   * The Arquillian runner's own request: in-container tests call the API of the server they run in.
   */
  @Inject HttpServletRequest runnerRequest;

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private Caller adminOf(String code) {
    Region r = regions.byCode(code).orElseThrow();
    return new Caller(
        "test",
        "测试",
        Set.of(r.level() == RegionLevel.CITY ? Role.SYSTEM_ADMIN : Role.DISTRICT_ADMIN),
        new AreaScope(r.id(), r.path(), r.currentName(), r.level()));
  }

  @Test
  void villageCodesArriveLaterAndImportsAreIdempotent() throws Exception {
    String file = "代码,名称,级别,上级代码\n500118107207,茅园村,村,500118107\n";
    tx.begin();
    ImportReport dry = importer.run("codes.csv", csv(file), true, adminOf("500118"));
    tx.commit();
    assertEquals(1, dry.changedRows(), dry.toString());
    tx.begin();
    ImportReport done = importer.run("codes.csv", csv(file), false, adminOf("500118"));
    tx.commit();
    assertTrue(done.committed());
    tx.begin();
    Region songgai = regions.byCode("500118107").orElseThrow();
    assertEquals("500118107207", regions.childrenNamed(songgai.id(), "茅园村").get(0).code());
    ImportReport again = importer.run("codes.csv", csv(file), false, adminOf("500118"));
    tx.commit();
    assertEquals(0, again.changedRows() + again.newRows(), "the same file again changes nothing");
    assertEquals(1, again.unchangedRows());
  }

  @Test
  void aBadRowMeansNothingIsWritten() throws Exception {
    String village = "全或无村" + UUID.randomUUID().toString().substring(0, 4);
    String file = "代码,名称,级别,上级代码\n," + village + ",村,500118107\n,坏村,村,599999999\n";
    tx.begin();
    ImportReport report = importer.run("bad.csv", csv(file), false, adminOf("500118"));
    tx.commit();
    assertFalse(report.committed());
    assertEquals(1, report.errors().size());
    assertEquals(3, report.errors().get(0).row());
    assertEquals("上级代码", report.errors().get(0).column());
    tx.begin();
    assertTrue(
        regions.childrenNamed(regions.byCode("500118107").orElseThrow().id(), village).isEmpty());
    tx.rollback();
  }

  @Test
  void districtAdministratorsCannotImportIntoAnotherDistrict() throws Exception {
    String file = "代码,名称,级别,上级代码\n,越界村,村,500102016\n";
    tx.begin();
    ImportReport report = importer.run("other.csv", csv(file), true, adminOf("500118"));
    tx.rollback();
    assertEquals(1, report.errors().size());
    assertTrue(report.errors().get(0).reason().contains("不在您的管辖范围内"), report.toString());
  }

  @Test
  void hibernateIsTheJpaProviderOnPostgresql() {
    Session session = em.unwrap(Session.class);
    assertNotNull(session);
    assertTrue(Version.getVersionString().startsWith("6.6"), Version.getVersionString());
    String product = session.doReturningWork(c -> c.getMetaData().getDatabaseProductName());
    assertEquals("PostgreSQL", product, "bin/test runs the integration tests on PostgreSQL");
  }

  @Test
  void everyModuleSchemaIsMigratedByFlyway() {
    assertEquals(
        List.of("kernel", "subsidies", "enrollment", "supervision", "incentives", "reporting"),
        migrations.migratedSchemas());
    for (String schema : migrations.migratedSchemas()) {
      Number failed =
          (Number)
              em.createNativeQuery(
                      "select count(*) from " + schema + ".flyway_schema_history where not success")
                  .getSingleResult();
      assertEquals(0, failed.intValue(), schema);
    }
    Number kernel =
        (Number)
            em.createNativeQuery(
                    "select count(*) from kernel.flyway_schema_history where version = '1' and success")
                .getSingleResult();
    assertEquals(1, kernel.intValue());
  }

  @Test
  void demoRegionsAreChongqingWithFulingsFormerNamesAndSonggaisVillages() throws Exception {
    tx.begin();
    try {
      checkDemoRegions();
    } finally {
      tx.rollback();
    }
  }

  private void checkDemoRegions() {
    assertEquals(38, regions.count(RegionLevel.DISTRICT, "/%", false));
    assertEquals(1031, regions.count(RegionLevel.TOWNSHIP, "/%", false));
    Region songgai = regions.byCode("500118107").orElseThrow();
    assertEquals(7, regions.children(songgai.id()).size());
    Region fuling = regions.byCode("500102").orElseThrow();
    for (String[] pair :
        new String[][] {
          {"义和镇", "义和街道"},
          {"蔺市镇", "蔺市街道"},
          {"增福乡", "增福镇"},
          {"同乐乡", "同乐镇"},
          {"大顺乡", "大顺镇"},
          {"罗云乡", "罗云镇"}
        }) {
      List<Region> found = regions.childrenNamed(fuling.id(), pair[0]);
      assertEquals(1, found.size(), pair[0]);
      assertEquals(pair[1], found.get(0).currentName());
    }
  }

  @Test
  void enversRecordsWhoChangedARegionAndWhen() throws Exception {
    String name = "审计测试村" + UUID.randomUUID().toString().substring(0, 6);
    tx.begin();
    // a street outside the demo's supervised town, so other tests' boards are not changed
    Region street = regions.byCode("500118001").orElseThrow();
    Region village = regions.add(new Region(street, RegionLevel.VILLAGE, null, name, null));
    tx.commit();
    tx.begin();
    regions.find(village.id()).orElseThrow().rename(name + "更名", LocalDate.of(2026, 1, 1), "测试");
    tx.commit();

    var reader = AuditReaderFactory.get(em);
    List<Number> revisions = reader.getRevisions(Region.class, village.id());
    assertEquals(2, revisions.size());
    Region first = reader.find(Region.class, village.id(), revisions.get(0));
    assertNotNull(first);
    Object who =
        em.createNativeQuery("select username from kernel.revinfo where id = ?1")
            .setParameter(1, revisions.get(1).longValue())
            .getSingleResult();
    assertEquals("system", who);
  }

  @Test
  void repeatedFailuresLockTheAccountEvenWithTheRightPassword() throws Exception {
    String username = "lock" + UUID.randomUUID().toString().substring(0, 6);
    tx.begin();
    users.add(
        new AppUser(
            username,
            "锁定测试",
            regions.byCode("500118").orElseThrow(),
            Set.of(Role.LEADER),
            hasher.hash("Right@Pass2026"),
            false));
    tx.commit();

    assertTrue(attempts.attempt(username, "Right@Pass2026").isPresent());
    for (int i = 0; i < 5; i++) {
      assertTrue(attempts.attempt(username, "wrong-password").isEmpty());
    }
    assertTrue(
        attempts.attempt(username, "Right@Pass2026").isEmpty(),
        "locked account refuses the right password");
    assertTrue(accounts.loginProblem(username).contains("锁定"));
    assertEquals(null, accounts.loginProblem("no-such-user"));
  }

  /**
   * A department's identity list in {@code status}, its check having found {@code newRows} new
   * rows.
   */
  private long identityBatch(ImportStatus status, int newRows) throws Exception {
    tx.begin();
    Region yongchuan = regions.byCode("500118").orElseThrow();
    ImportBatch b =
        new ImportBatch(
            ImportKind.IDENTITY_LIST,
            "低保.csv",
            "/nonexistent/test.csv",
            "0".repeat(64),
            "DIBAO",
            null,
            "minzheng",
            yongchuan.id(),
            yongchuan.path(),
            yongchuan.currentName());
    if (status != ImportStatus.CHECKING) {
      b.checked(newRows, 0, 0, 0, 0);
    }
    if (status == ImportStatus.COMMITTING) {
      b.startCommit();
    }
    em.persist(b);
    tx.commit();
    return b.id();
  }

  private ImportBatch importBatch(long id) {
    em.clear();
    return em.find(ImportBatch.class, id);
  }

  /**
   * Issue 9 ("导入中" for good after "Import 4 committed"): the request that started the commit job
   * records the job's execution id right after; a short commit job may finish in between. The
   * request's copy of the batch, read before, must not put back the status it read.
   */
  @Test
  void recordingTheJobsExecutionKeepsWhatTheJobWroteMeanwhile() throws Exception {
    long id = identityBatch(ImportStatus.COMMITTING, 0);
    tx.begin();
    importBatches.running(id, 4711L); // the request reads the batch, 导入中 ...
    importWork.apply(id); // ... the commit job finishes in its own transaction ...
    tx.commit(); // ... then the request's transaction ends
    ImportBatch b = importBatch(id);
    assertEquals(ImportStatus.COMMITTED, b.status());
    assertEquals(4711L, b.executionId());
  }

  /**
   * Issue 9, after a server restart: the jobs of the old server are gone (the batch runtime's
   * repository is new at every start), so start-up settles what they left 预检中 or 导入中.
   */
  @Test
  void importsInterruptedByAServerRestartAreSettledAtStartUp() throws Exception {
    long checking = identityBatch(ImportStatus.CHECKING, 0);
    long notWritten = identityBatch(ImportStatus.COMMITTING, 3);
    long written = identityBatch(ImportStatus.COMMITTING, 0);
    importWork.apply(written);
    tx.begin();
    importBatches.running(checking, 91L);
    // as the lost update of issue 9 left it: written, but 导入中 with the counts of its check
    em.createNativeQuery(
            "update enrollment.import_batch set status = 'COMMITTING', new_rows = 2, finished_at = null where id = ?1")
        .setParameter(1, written)
        .executeUpdate();
    tx.commit();

    assertTrue(interruptedImports.settle() >= 3);

    ImportBatch check = importBatch(checking);
    assertEquals(ImportStatus.FAILED, check.status());
    assertEquals("服务器重启，预检中断，请重新运行", check.message());
    assertEquals(
        null,
        check.executionId(),
        "a restart runs the job afresh, not an execution of the old server");
    ImportBatch again = importBatch(notWritten);
    assertEquals(
        ImportStatus.CHECKED,
        again.status(),
        "nothing was written: the list can be committed again");
    assertEquals(3, again.newRows());
    assertTrue(again.message().contains("未写入任何数据"), again.message());
    ImportBatch done = importBatch(written);
    assertEquals(
        ImportStatus.COMMITTED,
        done.status(),
        "its revision, written with its rows, says it went through");
    assertEquals(2, done.newRows());
    assertNotNull(done.finishedAt());
  }

  /**
   * On a cluster (bin/cluster) each node runs its imports' jobs in its own batch runtime: a node
   * that starts settles its own interrupted batches, never one the other node is running, and does
   * not take the other node's execution id for one of its own.
   */
  @Test
  void aStartingNodeLeavesTheOtherNodesRunningImportsAlone() throws Exception {
    long elsewhere = identityBatch(ImportStatus.CHECKING, 0);
    tx.begin();
    em.createNativeQuery(
            "update enrollment.import_batch set execution_id = 12, runner = 'other-node' where id = ?1")
        .setParameter(1, elsewhere)
        .executeUpdate();
    tx.commit();
    assertEquals(null, importBatches.executionId(elsewhere), "the other node's execution id");
    interruptedImports.settle();
    ImportBatch b = importBatch(elsewhere);
    assertEquals(ImportStatus.CHECKING, b.status(), "still running on the other node");
    assertEquals(12L, b.executionId());
    assertEquals("other-node", b.runner());
    tx.begin();
    importBatch(elsewhere).failed("test over");
    tx.commit();
  }

  /**
   * Issue 14: a node killed while its job ran leaves its batch 预检中 or 导入中, and its heartbeat stops.
   * Another node settles such batches as interrupted (recorded in the audit trail), never one whose
   * node still beats nor its own; the killed node's job, were it to go on, writes nothing.
   */
  @Test
  void theImportsOfANodeWhoseHeartbeatStoppedAreSettledByAnother() throws Exception {
    long lostCheck = identityBatch(ImportStatus.CHECKING, 0);
    long lostCommit = identityBatch(ImportStatus.COMMITTING, 3);
    long beating = identityBatch(ImportStatus.CHECKING, 0);
    long mine = identityBatch(ImportStatus.CHECKING, 0);
    OffsetDateTime longAgo = OffsetDateTime.now().minusMinutes(10);
    tx.begin();
    for (Object[] set :
        new Object[][] {
          {lostCheck, "dead-node", longAgo},
          {lostCommit, "dead-node", longAgo},
          {beating, "other-node", OffsetDateTime.now()},
          {mine, scheduledRuns.node(), longAgo}
        }) {
      em.createNativeQuery(
              "update enrollment.import_batch set runner = ?1, heartbeat_at = ?2 where id = ?3")
          .setParameter(1, set[1])
          .setParameter(2, set[2])
          .setParameter(3, set[0])
          .executeUpdate();
    }
    tx.commit();
    assertTrue(interruptedImports.beat() >= 1, "this node renews its own batches' heartbeat");
    assertTrue(importBatch(mine).heartbeatAt().isAfter(longAgo.toInstant()));

    interruptedImports.settleStale(Duration.ofSeconds(60)); // as ImportHeartbeat's timer does

    ImportBatch check = importBatch(lostCheck);
    assertEquals(ImportStatus.FAILED, check.status());
    assertEquals("服务器节点dead-node已停止运行，预检中断，请重新运行", check.message());
    assertEquals(null, check.runner());
    ImportBatch commit = importBatch(lostCommit);
    assertEquals(ImportStatus.CHECKED, commit.status(), "nothing was written: commit again");
    assertEquals("服务器节点dead-node已停止运行，导入中断，未写入任何数据，可重新确认导入", commit.message());
    assertEquals(ImportStatus.CHECKING, importBatch(beating).status(), "its node still beats");
    assertEquals(ImportStatus.CHECKING, importBatch(mine).status(), "this node's own job");
    assertEquals(
        1L,
        ((Number)
                em.createNativeQuery("select count(*) from kernel.revinfo where note like ?1")
                    .setParameter(1, "导入中断：服务器节点dead-node已停止运行，批次 " + lostCheck + "（%")
                    .getSingleResult())
            .longValue(),
        "audited");

    // the killed node's jobs, were they to go on: no commit, no failure over the settlement
    assertThrows(BusinessException.class, () -> importWork.apply(lostCommit));
    importFailures.fail(lostCheck, new IllegalStateException("the old job's end"));
    assertEquals(ImportStatus.CHECKED, importBatch(lostCommit).status());
    assertEquals(check.message(), importBatch(lostCheck).message());
    // both ended in one transaction (importBatch clears the persistence context: it would drop the
    // first change before the commit, and a batch left 预检中 for "other-node" is later settled by
    // whichever other server shares this database, in the middle of someone else's test)
    tx.begin();
    em.find(ImportBatch.class, beating).failed("test over");
    em.find(ImportBatch.class, mine).failed("test over");
    tx.commit();
    assertEquals(ImportStatus.FAILED, importBatch(beating).status());
    assertEquals(ImportStatus.FAILED, importBatch(mine).status());
  }

  /** The bulletins' timer fires on every node of a cluster; one claim per run succeeds. */
  @Test
  void aScheduledRunIsClaimedOnce() {
    String run = UUID.randomUUID().toString();
    assertTrue(scheduledRuns.claim("test", run));
    assertFalse(scheduledRuns.claim("test", run), "the other node skips the run");
    assertTrue(scheduledRuns.claim("test", run + "-next"));
  }

  @Test
  @RunAsClient
  void villageOfficerCannotReadAnotherVillageThroughTheApi() {
    HttpResponse<String> songjiang =
        Http.get(base, "api/regions?name=%E6%9D%BE%E6%B1%9F%E7%A4%BE%E5%8C%BA", "qxadmin");
    assertEquals(200, songjiang.statusCode(), songjiang.body());
    long songjiangId = Http.firstId(songjiang.body());

    HttpResponse<String> own = Http.get(base, "api/regions/mine", "cungan");
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("文昌宫社区"), own.body());

    HttpResponse<String> other = Http.get(base, "api/regions/" + songjiangId, "cungan");
    assertEquals(403, other.statusCode());
    assertTrue(other.body().contains("无权访问"), other.body());

    HttpResponse<String> ownNeighbour = Http.get(base, "api/regions/" + songjiangId, "cungan2");
    assertEquals(200, ownNeighbour.statusCode());

    HttpResponse<String> search = Http.get(base, "api/regions?name=%E6%9D%BE%E6%B1%9F", "cungan");
    assertEquals("[]", search.body().strip(), "search stays inside the caller's village");
  }

  @Test
  @RunAsClient
  void districtAdministratorsSeeOnlyTheirDistrictAndFindFormerNames() {
    HttpResponse<String> fuling =
        Http.get(base, "api/regions?name=%E4%B9%89%E5%92%8C%E9%95%87", "fladmin"); // 义和镇
    assertEquals(200, fuling.statusCode());
    assertTrue(fuling.body().contains("义和街道"), fuling.body());
    long yihe = Http.firstId(fuling.body());

    assertEquals(
        "[]", Http.get(base, "api/regions?name=%E4%B9%89%E5%92%8C", "qxadmin").body().strip());
    assertEquals(403, Http.get(base, "api/regions/" + yihe, "qxadmin").statusCode());
    assertEquals(200, Http.get(base, "api/regions/" + yihe, "sysadmin").statusCode());
  }

  @Test
  @RunAsClient
  void apiNeedsValidCredentials() {
    HttpResponse<String> anonymous = Http.get(base, "api/me", null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, Http.get(base, "api/me", "lingdao", "not-the-password").statusCode());
    HttpResponse<String> me = Http.get(base, "api/me", "lingdao");
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("LEADER"), me.body());
    assertFalse(me.body().contains("password"), "no password hash leaves the server");
  }

  @Test
  @RunAsClient
  void readinessReportsTheDatabase() throws Exception {
    URL root = new URL(base, "/");
    HttpResponse<String> ready = Http.get(root, "health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(
        ready.body().contains("\"UP\"") && ready.body().contains("PostgreSQL"), ready.body());
  }

  /**
   * Issue 14: readiness covers the database, the upload and evidence folders (writable, enough free
   * space) and the batch runtime that runs the imports, each named and UP.
   */
  @Test
  @RunAsClient
  void readinessCoversDatabaseUploadFoldersAndBatchRuntime() throws Exception {
    HttpResponse<String> ready = Http.get(Http.root(base), "health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject health = Http.json(ready.body()).asJsonObject();
    assertEquals("UP", health.getString("status"), ready.body());
    Map<String, JsonObject> checks = new HashMap<>();
    health
        .getJsonArray("checks")
        .forEach(c -> checks.put(c.asJsonObject().getString("name"), c.asJsonObject()));
    for (String name : List.of("database", "upload-storage", "batch-runtime")) {
      assertTrue(checks.containsKey(name), name + " missing: " + ready.body());
      assertEquals("UP", checks.get(name).getString("status"), ready.body());
    }
    assertEquals(
        "writable", checks.get("upload-storage").getJsonObject("data").getString("imports"));
  }

  /**
   * Issue 14: the application's metrics exist — request timings per REST operation, database
   * connections, running imports and import failures — under the names docs/operations.md gives for
   * {@code /metrics} (Prometheus: canbao_rest_request_seconds, canbao_db_connections, …).
   */
  @Test
  void applicationMetricsAreRegistered() {
    HttpResponse<String> me = Http.get(base, "api/me", "lingdao");
    assertEquals(200, me.statusCode());
    Set<String> names = new TreeSet<>();
    metrics.getMetricIDs().forEach(id -> names.add(id.getName()));
    for (String name :
        List.of(
            "canbao.rest.request",
            "canbao.db.connections",
            "canbao.db.up",
            "canbao.imports.running",
            "canbao.imports.rows.done",
            "canbao.imports.rows.total",
            "canbao.import.failures")) {
      assertTrue(names.contains(name), name + " missing from " + names);
    }
    var timer =
        metrics.getTimer(
            new MetricID(
                "canbao.rest.request",
                new Tag("operation", "AccountResource.me"),
                new Tag("outcome", "2xx")));
    assertNotNull(timer, "GET /api/me was timed: " + metrics.getMetricIDs());
    assertTrue(timer.getCount() >= 1);
    var open =
        metrics.getGauges().get(new MetricID("canbao.db.connections", new Tag("state", "open")));
    assertTrue(open.getValue().longValue() >= 1, "connections open: " + open.getValue());
  }

  /**
   * Issues 10 and 14: {@code /metrics} (Prometheus: JVM, pools, request timings, imports) is no
   * one's business but the system administrator's, who reads it with HTTP Basic as Prometheus does;
   * anonymous callers, other roles and Payara's default metrics user "mp"/"mp" (deleted by the
   * post-boot file) read nothing. Health stays open to bin/run and the load balancer. (The access
   * matrix checks the endpoint per role too.)
   */
  @Test
  @RunAsClient
  void metricsAreForTheSystemAdministratorOnly() {
    URL root = Http.root(base);
    for (String user : Arrays.asList(null, "lingdao", "cungan")) {
      for (String path : List.of("metrics", "metrics/base", "metrics/vendor")) {
        HttpResponse<String> r = Http.get(root, path, user);
        boolean toLogin =
            r.statusCode() == 302
                && r.headers().firstValue("Location").orElse("").endsWith("/login.xhtml");
        assertTrue(
            toLogin || r.statusCode() == 404 || r.statusCode() == 401 || r.statusCode() == 403,
            path + " as " + user + ": " + r.statusCode());
        assertFalse(r.body().contains("# TYPE"), path + " as " + user + " shows metrics");
      }
    }
    HttpResponse<String> payarasUser = Http.get(root, "metrics", "mp", "mp");
    assertFalse(payarasUser.body().contains("# TYPE"), "Payara's default metrics user reads them");
    HttpResponse<String> admin = Http.get(root, "metrics", "sysadmin");
    assertEquals(200, admin.statusCode(), admin.body());
    for (String name :
        List.of(
            "canbao_rest_request_seconds",
            "canbao_db_connections",
            "canbao_imports_running",
            "canbao_imports_rows_done",
            "canbao_import_failures_total",
            "memory_usedHeap_bytes")) {
      assertTrue(admin.body().contains(name), name + " missing from /metrics");
    }
    assertEquals(200, Http.get(root, "health/ready", null).statusCode());
    assertEquals(200, Http.get(root, "health/live", null).statusCode());
  }

  @Test
  @RunAsClient
  void pagesNeedASignInAndCarrySecurityHeaders() {
    HttpResponse<String> index = Http.get(base, "index.xhtml", null);
    assertEquals(302, index.statusCode());
    assertTrue(index.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

    HttpResponse<String> login = Http.get(base, "login.xhtml", null);
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("用户登录"));
    assertEquals("SAMEORIGIN", login.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        login
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("frame-ancestors 'self'"));
    String cookie = String.join(";", login.headers().allValues("Set-Cookie"));
    assertTrue(cookie.isEmpty() || cookie.contains("HttpOnly"), cookie);
  }

  // --- one account used many times at once (issue 9 item 2, issue 10 item 9, issue 18)
  // ------------

  private static final List<String> DEMO_USERS =
      List.of(
          "sysadmin",
          "qxadmin",
          "fladmin",
          "duchao",
          "sbs",
          "cungan",
          "cungan2",
          "minzheng",
          "yiyuan",
          "lingdao");

  /** Runs the tasks on 16 threads at once and returns their results in order. */
  private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
    var pool = Executors.newFixedThreadPool(16);
    try {
      List<T> results = new ArrayList<>();
      for (var f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A fresh account has no last sign-in, so every one of the 20 sign-ins has a success to record
   * ({@link LoginAttempts} writes only when the last one is over a minute old): the write under
   * contention is what is tested, not the read-only path a demo account signed in a moment ago
   * takes.
   */
  @Test
  void oneAccountSignsInOnTwentyBrowsersAtOnce() throws Exception {
    AppUser user = freshAccount("concb");
    URL self = selfUrl();
    List<Callable<Boolean>> logins = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      logins.add(() -> new WebSession(self).login(user.username(), FRESH_PASSWORD));
    }
    assertEquals(
        Collections.nCopies(20, true),
        concurrently(logins),
        "every sign-in with the right password succeeds");
    assertNotNull(signIns.of(user.id()).lastLoginAt(), "the sign-in was recorded");
  }

  @Test
  void twentyConcurrentBasicRequestsOfOneAccountAllSucceed() throws Exception {
    AppUser user = freshAccount("concapi");
    URL self = selfUrl();
    List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> Http.get(self, "api/me", user.username(), FRESH_PASSWORD));
    }
    for (HttpResponse<String> r : concurrently(calls)) {
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(user.username(), Http.field(r.body(), "username"));
      assertTrue(
          r.headers().allValues("Set-Cookie").isEmpty(),
          "an API call with Basic credentials opens no session");
    }
    assertNotNull(signIns.of(user.id()).lastLoginAt(), "the sign-in was recorded");
  }

  private static final String FRESH_PASSWORD = "Fresh@Pass2026";

  /** A new account of 永川区 that has never signed in (its sign-in record has no last sign-in). */
  private AppUser freshAccount(String prefix) throws Exception {
    String username = prefix + UUID.randomUUID().toString().substring(0, 6);
    tx.begin();
    AppUser user =
        users.add(
            new AppUser(
                username,
                "并发登录",
                regions.byCode("500118").orElseThrow(),
                Set.of(Role.DISTRICT_ADMIN),
                hasher.hash(FRESH_PASSWORD),
                false));
    tx.commit();
    assertEquals(null, signIns.of(user.id()).lastLoginAt(), "never signed in");
    return user;
  }

  /** This server's address, for in-container tests that call it like a client. */
  private URL selfUrl() throws MalformedURLException {
    return new URL(
        "http", "127.0.0.1", runnerRequest.getLocalPort(), runnerRequest.getContextPath() + "/");
  }

  @Test
  void concurrentWrongPasswordsAreEachCountedAndLockTheAccount() throws Exception {
    String username = "lockc" + UUID.randomUUID().toString().substring(0, 6);
    tx.begin();
    users.add(
        new AppUser(
            username,
            "并发锁定",
            regions.byCode("500118").orElseThrow(),
            Set.of(Role.LEADER),
            hasher.hash("Right@Pass2026"),
            false));
    tx.commit();
    List<Callable<Boolean>> wrong = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      wrong.add(() -> attempts.attempt(username, "wrong-password").isEmpty());
    }
    assertEquals(Collections.nCopies(5, true), concurrently(wrong));
    assertTrue(
        attempts.attempt(username, "Right@Pass2026").isEmpty(),
        "five failures at once are five failures: the account is locked");
    assertTrue(accounts.loginProblem(username).contains("锁定"));
  }

  @Test
  @RunAsClient
  void clientErrorsAndServerErrorsAnswerWithAChineseJsonBody() {
    HttpResponse<String> malformed =
        Http.postJson(base, "api/enrollments", "sbs", "{\"personId\": ");
    assertEquals(400, malformed.statusCode(), malformed.body());
    assertTrue(Http.field(malformed.body(), "message").contains("请求格式不正确"), malformed.body());
    HttpResponse<String> unknown = Http.get(base, "api/no-such-resource", "sbs");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("message"), unknown.body());
  }

  /**
   * Issue 9 item 2: a server fault answers 500 with a Chinese JSON body naming an incident number
   * (the same number is in the log), never an empty body or the exception's text. First the mapper
   * on its own with the kinds of fault the API has met (a bare runtime exception, an
   * optimistic-lock failure wrapped by the container), then a real request the database cannot take
   * (a NUL character in a search text, which PostgreSQL refuses in any text value).
   */
  @Test
  void anUnexpectedFailureAnswers500WithAChineseJsonBodyAndAnIncidentNumber() throws Exception {
    Pattern incident = Pattern.compile("系统错误，请联系管理员（事件编号 [0-9A-F]{8}）");
    var mapper = new UnexpectedExceptionMapper();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      for (Throwable fault :
          List.of(
              new IllegalStateException("internal detail"),
              new EJBException(new OptimisticLockException("internal detail")))) {
        Response r = mapper.toResponse(fault);
        assertEquals(500, r.getStatus(), fault.toString());
        assertTrue(
            r.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE),
            String.valueOf(r.getMediaType()));
        String body = jsonb.toJson(r.getEntity());
        assertTrue(incident.matcher(Http.field(body, "message")).matches(), body);
        assertFalse(
            body.contains("internal detail") || body.contains("Exception"),
            "no internals in the answer: " + body);
      }
    }
    HttpResponse<String> real = Http.get(selfUrl(), "api/persons?name=%00", "sbs");
    assertEquals(500, real.statusCode(), real.body());
    assertTrue(
        real.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        real.headers().toString());
    assertTrue(incident.matcher(Http.field(real.body(), "message")).matches(), real.body());
  }

  /**
   * What a signed-in user may and may not open, and how to tell that a page is theirs: {@code
   * alone}, when not null, is what the answer shows of the user's area (dashboard figures, the
   * API's answer) when the user asks alone; under load it must show the same.
   */
  private record Probe(String user, String path, int expected, String mustContain, String alone) {}

  /** The dashboard's figures: the user's region and every tile's value and caption. */
  static String dashboardFigures(String page) {
    StringBuilder figures = new StringBuilder();
    Matcher region = Pattern.compile("id=\"dashboard-region\">([^<]*)<").matcher(page);
    figures.append(region.find() ? region.group(1) : "(no region)");
    Matcher tile =
        Pattern.compile("cb-tile-value\">([^<]*)</div>\\s*<div class=\"cb-tile-caption\">([^<]*)<")
            .matcher(page);
    while (tile.find()) {
      figures.append('|').append(tile.group(1).strip()).append(' ').append(tile.group(2).strip());
    }
    return figures.toString();
  }

  /**
   * Ten officers, each in their own session, load pages and API reads at once (issue 18): no page
   * they may open is refused, every page they may not open is, and no answer shows another user —
   * each dashboard shows the figures and each API answer the area the user gets when asking alone.
   */
  @Test
  @RunAsClient
  void signedInUsersAreNeitherRefusedNorShownAnotherUserUnderConcurrentLoad() throws Exception {
    Map<String, WebSession> sessions = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<Probe> probes = new ArrayList<>();
    for (String user : DEMO_USERS) {
      WebSession s = new WebSession(base);
      assertTrue(s.login(user, Http.DEMO_PASSWORD), user);
      sessions.put(user, s);
      names.put(user, Http.field(Http.get(base, "api/me", user).body(), "displayName"));
      String figures = dashboardFigures(s.get("index.xhtml").body());
      assertTrue(figures.contains("|"), user + "'s dashboard shows figures: " + figures);
      HttpResponse<String> area = s.get("api/regions/mine");
      assertEquals(200, area.statusCode(), user);
      probes.add(new Probe(user, "index.xhtml", 200, names.get(user), figures));
      probes.add(new Probe(user, "regions/tree.xhtml", 200, names.get(user), null));
      probes.add(new Probe(user, "api/me", 200, "\"username\":\"" + user + "\"", null));
      probes.add(new Probe(user, "api/regions/mine", 200, "\"id\"", area.body()));
      if (!user.equals("sysadmin")) {
        probes.add(new Probe(user, "admin/users.xhtml", 403, "无权访问", null));
      }
      if (!List.of("minzheng", "yiyuan").contains(user)) {
        probes.add(new Probe(user, "enrollment/persons.xhtml", 200, names.get(user), null));
      }
    }
    int requests = 2000;
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      Probe p = probes.get(i % probes.size());
      calls.add(
          () -> {
            HttpResponse<String> r = sessions.get(p.user()).get(p.path());
            if (r.statusCode() != p.expected()) {
              return p.user()
                  + " "
                  + p.path()
                  + " answered "
                  + r.statusCode()
                  + " "
                  + r.headers().firstValue("Location").orElse("");
            }
            if (!r.body().contains(p.mustContain())) {
              return p.user() + " " + p.path() + " does not show " + p.mustContain();
            }
            for (String other : DEMO_USERS) {
              if (!other.equals(p.user()) && r.body().contains(names.get(other))) {
                return p.user() + " " + p.path() + " shows " + other;
              }
            }
            String shown =
                p.alone() == null
                    ? null
                    : p.path().equals("index.xhtml") ? dashboardFigures(r.body()) : r.body();
            if (shown != null && !shown.equals(p.alone())) {
              return p.user() + " " + p.path() + " shows " + shown + " instead of " + p.alone();
            }
            return null;
          });
    }
    List<String> wrong = concurrently(calls).stream().filter(Objects::nonNull).toList();
    assertEquals(
        List.of(),
        wrong.stream().limit(10).toList(),
        wrong.size() + " of " + requests + " answers were wrong");
  }

  /**
   * The same with API clients sending Basic credentials on every call (issue 18 item 3): 2,000
   * calls over several endpoints, none refused, each answering what the user gets when asking
   * alone.
   */
  @Test
  @RunAsClient
  void apiClientsWithBasicCredentialsAreNeverRefusedUnderConcurrentLoad() throws Exception {
    List<String> paths =
        List.of(
            "api/me", "api/regions/mine", "api/categories", "api/publicity/working-days?year=2023");
    Map<String, String> alone = new HashMap<>();
    for (String user : DEMO_USERS) {
      for (String path : paths) {
        HttpResponse<String> r = Http.get(base, path, user);
        assertEquals(200, r.statusCode(), user + " " + path + ": " + r.body());
        alone.put(user + " " + path, r.body());
      }
      assertTrue(alone.get(user + " api/me").contains("\"username\":\"" + user + "\""));
    }
    int requests = 2000;
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String user = DEMO_USERS.get(i % DEMO_USERS.size());
      String path = paths.get((i / DEMO_USERS.size()) % paths.size());
      calls.add(
          () -> {
            HttpResponse<String> r = Http.get(base, path, user);
            if (r.statusCode() != 200) {
              return user + " " + path + " answered " + r.statusCode() + " " + r.body();
            }
            // api/me carries the time of the last sign-in, which every Basic call renews: compared
            // by user name
            boolean same =
                path.equals("api/me")
                    ? r.body().contains("\"username\":\"" + user + "\"")
                    : r.body().equals(alone.get(user + " " + path));
            return same ? null : user + " " + path + " got " + r.body();
          });
    }
    List<String> wrong = concurrently(calls).stream().filter(Objects::nonNull).toList();
    assertEquals(
        List.of(),
        wrong.stream().limit(10).toList(),
        wrong.size() + " of " + requests + " answers were wrong");
  }

  /**
   * Issue 9, item 13: an integrator must be able to write a client from {@code /openapi} alone, so
   * the bodies of every operation refer to the records' schemas (properties, enums, formats), never
   * to a bare {@code type: object}; errors are described as {@code ApiError}.
   */
  @Test
  @RunAsClient
  void theOpenApiDocumentPublishesTheSchemasOfEveryBody() {
    HttpResponse<String> doc = Http.openApi(base, "?format=JSON");
    assertEquals(200, doc.statusCode());
    JsonObject api = Http.json(doc.body()).asJsonObject();
    JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");

    JsonObject register =
        api.getJsonObject("paths").getJsonObject("/api/enrollments").getJsonObject("post");
    assertEquals(
        "#/components/schemas/PaymentDraft",
        schemaRef(register.getJsonObject("requestBody"), "application/json"));
    JsonObject draft = schemas.getJsonObject("PaymentDraft");
    JsonObject properties = draft.getJsonObject("properties");
    List<String> payment =
        List.of("personId", "year", "insuredType", "tier", "paymentDate", "channel");
    assertTrue(properties.keySet().containsAll(payment), properties.toString());
    assertTrue(strings(draft.getJsonArray("required")).containsAll(payment), draft.toString());
    assertEquals("int64", properties.getJsonObject("personId").getString("format"));
    assertEquals("date", properties.getJsonObject("paymentDate").getString("format"));
    assertEquals(
        "#/components/schemas/InsuredType",
        properties.getJsonObject("insuredType").getString("$ref"));
    assertEquals(
        List.of("RESIDENT", "COLLEGE_STUDENT", "NEWBORN"),
        strings(schemas.getJsonObject("InsuredType").getJsonArray("enum")));
    assertTrue(
        strings(schemas.getJsonObject("PaymentChannel").getJsonArray("enum")).contains("WECHAT"));
    JsonObject responses = register.getJsonObject("responses");
    assertEquals(
        "#/components/schemas/EnrollmentView",
        schemaRef(responses.getJsonObject("200"), "application/json"));
    assertEquals(
        "#/components/schemas/ApiError",
        schemaRef(responses.getJsonObject("400"), "application/json"));
    assertEquals(
        "#/components/schemas/ApiError",
        schemaRef(responses.getJsonObject("403"), "application/json"));

    List<String> problems = new ArrayList<>();
    api.getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, op) -> {
                          JsonObject body = op.asJsonObject().getJsonObject("requestBody");
                          if (body != null
                              && body.getJsonObject("content").containsKey("application/json")
                              && schemaRef(body, "application/json") == null) {
                            problems.add(
                                method + " " + path + ": JSON body without a schema reference");
                          }
                        }));
    bareObjects("", api, problems);
    assertEquals(List.of(), problems);
  }

  private static String schemaRef(JsonObject bodyOrResponse, String mediaType) {
    return bodyOrResponse
        .getJsonObject("content")
        .getJsonObject(mediaType)
        .getJsonObject("schema")
        .getString("$ref", null);
  }

  /** Schemas anywhere in the document that are an object without properties. */
  private static void bareObjects(String where, JsonValue value, List<String> found) {
    if (value instanceof JsonObject o) {
      if ("object".equals(o.getString("type", null))
          && !o.containsKey("additionalProperties")
          && (!o.containsKey("properties") || o.getJsonObject("properties").isEmpty())) {
        found.add(where + " is a bare object");
      }
      o.forEach((k, v) -> bareObjects(where + "/" + k, v, found));
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> bareObjects(where, v, found));
    }
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  // --- Progress figures (issue 11): enrollment's side, read through /api/progress
  // -------------------

  private ProgressFixture progress() throws MalformedURLException {
    return new ProgressFixture(
        em,
        tx,
        regions,
        directory,
        new URL(
            "http",
            "127.0.0.1",
            runnerRequest.getLocalPort(),
            runnerRequest.getContextPath() + "/"));
  }

  /**
   * "目标数包含职工医保和居民医保参保数，以及在区外参保人数": a resident payment counts from its payment date, employee
   * insurance and insurance outside the district from the day they are recorded; a reversed payment
   * never counts.
   */
  @Test
  void aPaymentCountsFromItsPaymentDateAndOtherInsuranceFromTheDayItIsRecorded() throws Exception {
    ProgressFixture f = progress();
    var village = f.newVillage("进度缴费村");
    long payer = f.person(village, "H1", null);
    long employee = f.person(village, "H2", null);
    long outside = f.person(village, "H3", null);
    long reversed = f.person(village, "H4", null);
    f.person(village, "H5", null);
    f.pay(payer, LocalDate.of(2022, 11, 20));
    assertEquals(200, f.other(employee, "EMPLOYEE_INSURANCE").statusCode());
    assertEquals(200, f.other(outside, "INSURED_OUTSIDE").statusCode());
    f.reverse(f.pay(reversed, LocalDate.of(2022, 11, 1)));

    assertEquals(
        "5/0/0/0",
        ProgressFixture.counts(f.figures(village, LocalDate.of(2022, 11, 19))),
        "paid the day after");
    assertEquals("5/1/0/0", ProgressFixture.counts(f.figures(village, LocalDate.of(2022, 11, 20))));
    assertEquals(
        "5/1/0/0",
        ProgressFixture.counts(f.figures(village, ProgressFixture.TODAY.minusDays(1))),
        "recorded today");
    JsonObject today = f.figures(village, ProgressFixture.TODAY);
    assertEquals("5/1/1/1", ProgressFixture.counts(today));
    assertEquals(village.name(), today.getString("villageName"));
    assertEquals(
        "500118001",
        directory.find(today.getJsonNumber("townshipId").longValue()).orElseThrow().code());
  }

  @Test
  void aMovedPersonCountsInTheOldVillageBeforeTheMoveDateAndInTheNewOneFromIt() throws Exception {
    ProgressFixture f = progress();
    var left = f.newVillage("进度迁出村");
    var joined = f.newVillage("进度迁入村");
    long mover = f.person(left, "H1", LocalDate.of(2010, 5, 1));
    f.pay(mover, LocalDate.of(2022, 11, 20));
    f.change(mover, p -> p.moveTo(joined, LocalDate.of(2022, 12, 1)));

    LocalDate before = LocalDate.of(2022, 11, 30);
    assertEquals("1/1/0/0", ProgressFixture.counts(f.figures(left, before)));
    assertEquals("0/0/0/0", ProgressFixture.counts(f.figures(joined, before)));
    LocalDate from = LocalDate.of(2022, 12, 1);
    assertEquals("0/0/0/0", ProgressFixture.counts(f.figures(left, from)));
    assertEquals("1/1/0/0", ProgressFixture.counts(f.figures(joined, from)));
    assertEquals(
        "0/0/0/0",
        ProgressFixture.counts(f.figures(left, LocalDate.of(2010, 4, 30))),
        "not there before registering");
  }

  @Test
  void aDeceasedPersonCountsUntilTheDayBeforeTheDeath() throws Exception {
    ProgressFixture f = progress();
    var village = f.newVillage("进度死亡村");
    long deceased = f.person(village, "H1", null);
    f.person(village, "H2", null);
    f.change(deceased, p -> p.changeStatus(PersonStatus.DECEASED, LocalDate.of(2022, 12, 10)));

    assertEquals(2, f.figures(village, LocalDate.of(2022, 12, 9)).getInt("registered"));
    assertEquals(1, f.figures(village, LocalDate.of(2022, 12, 10)).getInt("registered"));
    assertEquals(
        "1",
        Http.field(
            f.get(
                    "qxadmin",
                    "api/progress/uninsured?year=2023&villageId="
                        + village.id()
                        + "&asOf=2022-12-10")
                .body(),
            "total"));
  }

  /**
   * Sub-targets (DOMAIN.md §8): the registered holding an identity of the categories on the date,
   * each once.
   */
  @Test
  void subTargetsCountTheRegisteredHoldingAnIdentityOfTheCategoriesOnTheDateEachOnce()
      throws Exception {
    ProgressFixture f = progress();
    var village = f.newVillage("进度重点人群村");
    long both = f.person(village, "H1", null);
    long later = f.person(village, "H2", null);
    long alleviated = f.person(village, "H3", null);
    long disabled = f.person(village, "H4", null);
    f.change(
        both,
        p -> {
          p.addIdentity("DIBAO", "民政局", LocalDate.of(2022, 1, 1), null, null);
          p.addIdentity("TEKUN", "民政局", LocalDate.of(2022, 1, 1), null, null);
        });
    f.change(later, p -> p.addIdentity("DIBAO", "民政局", LocalDate.of(2022, 12, 1), null, null));
    f.change(
        alleviated,
        p ->
            p.addIdentity(
                "STABLE_POST_POVERTY",
                "乡村振兴局",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 11, 30),
                null));
    f.change(
        disabled,
        p -> p.addIdentity("SEVERE_DISABILITY", "残联", LocalDate.of(2020, 1, 1), null, null));
    f.pay(both, LocalDate.of(2022, 11, 20));
    f.pay(alleviated, LocalDate.of(2022, 11, 25));

    JsonObject nov30 = f.figures(village, LocalDate.of(2022, 11, 30));
    assertEquals(
        List.of(1, 1, 1, 1),
        List.of(
            nov30.getInt("lowIncome"),
            nov30.getInt("lowIncomeInsured"),
            nov30.getInt("povertyAlleviated"),
            nov30.getInt("povertyAlleviatedInsured")),
        nov30.toString());
    JsonObject dec1 = f.figures(village, LocalDate.of(2022, 12, 1));
    assertEquals(
        List.of(2, 1, 0, 0),
        List.of(
            dec1.getInt("lowIncome"),
            dec1.getInt("lowIncomeInsured"),
            dec1.getInt("povertyAlleviated"),
            dec1.getInt("povertyAlleviatedInsured")),
        dec1.toString());
    assertEquals(4, dec1.getInt("registered"));
  }

  @Test
  @RunAsClient
  void aVillageOfficerCannotReadTheProgressOfAnotherVillage() {
    long songjiang =
        Http.firstId(
            Http.get(base, "api/regions?name=%E6%9D%BE%E6%B1%9F%E7%A4%BE%E5%8C%BA", "qxadmin")
                .body()); // 松江社区
    long own = Http.firstId(Http.get(base, "api/regions/mine", "cungan").body());
    HttpResponse<String> other =
        Http.get(base, "api/progress/villages?year=2023&areaId=" + songjiang, "cungan");
    assertEquals(403, other.statusCode(), other.body());
    assertEquals(
        403,
        Http.get(base, "api/progress/uninsured?year=2023&villageId=" + songjiang, "cungan")
            .statusCode());
    HttpResponse<String> mine =
        Http.get(base, "api/progress/villages?year=2023&areaId=" + own, "cungan");
    assertEquals(200, mine.statusCode(), mine.body());
    assertTrue(mine.body().contains("文昌宫社区"), mine.body());
    assertEquals(
        200,
        Http.get(base, "api/progress/uninsured?year=2023&villageId=" + own, "cungan").statusCode());
    assertEquals(
        200,
        Http.get(base, "api/progress/villages?year=2023&areaId=" + songjiang, "cungan2")
            .statusCode());
  }

  /**
   * A township lists every village (one without people too, with zeros), each with the figures it
   * has alone; the district lists the same rows for the township's villages.
   */
  @Test
  void anAreaListsEveryVillageWithTheFiguresTheVillageHasAlone() throws Exception {
    ProgressFixture f = progress();
    var full = f.newVillage("进度有人村");
    var empty = f.newVillage("进度无人村");
    long payer = f.person(full, "H1", null);
    f.person(full, "H2", null);
    f.pay(payer, LocalDate.of(2022, 11, 20));
    LocalDate asOf = LocalDate.of(2022, 12, 31);

    JsonArray township = f.villages("qxadmin", f.street().id(), asOf);
    assertEquals(f.figures(full, asOf), ProgressFixture.row(township, full));
    JsonObject none = ProgressFixture.row(township, empty);
    assertEquals("0/0/0/0", ProgressFixture.counts(none));
    assertEquals(f.street().name(), none.getString("townshipName"));
    for (JsonValue v : township) {
      JsonObject row = v.asJsonObject();
      assertEquals(row, f.figures(f.region(row.getJsonNumber("villageId").longValue()), asOf));
    }
    JsonArray district = f.villages("qxadmin", f.street().parentId(), asOf);
    List<JsonValue> ofTheTownship =
        district.stream()
            .filter(
                v -> v.asJsonObject().getJsonNumber("townshipId").longValue() == f.street().id())
            .toList();
    assertEquals(township, Json.createArrayBuilder(ofTheTownship).build());
  }

  /**
   * The uninsured of a village are its registered people without an insuring record, by household,
   * 100 a page.
   */
  @Test
  void theUninsuredOfAVillageAreItsRegisteredWithoutAnInsuringRecordByHousehold() throws Exception {
    ProgressFixture f = progress();
    var village = f.newVillage("进度未参保村");
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 103; i++) {
      people.add(f.person(village, String.format("H%03d", 102 - i), null));
    }
    f.pay(people.get(0), LocalDate.of(2022, 11, 20));
    assertEquals(200, f.other(people.get(1), "EMPLOYEE_INSURANCE").statusCode());
    LocalDate asOf = ProgressFixture.TODAY;
    JsonObject figures = f.figures(village, asOf);

    String query = "api/progress/uninsured?year=2023&villageId=" + village.id() + "&asOf=" + asOf;
    JsonObject first = Http.json(f.get("qxadmin", query).body()).asJsonObject();
    JsonObject second = Http.json(f.get("qxadmin", query + "&first=100").body()).asJsonObject();
    long registered = figures.getInt("registered");
    long insured =
        figures.getInt("resident") + figures.getInt("employee") + figures.getInt("outside");
    assertEquals(101, first.getInt("total"));
    assertEquals(registered - insured, first.getInt("total"));
    List<JsonObject> listed =
        new ArrayList<>(first.getJsonArray("persons").getValuesAs(JsonObject.class));
    assertEquals(100, listed.size());
    listed.addAll(second.getJsonArray("persons").getValuesAs(JsonObject.class));
    List<Long> byHousehold = new ArrayList<>(people.subList(2, 103));
    Collections.reverse(byHousehold);
    assertEquals(
        byHousehold,
        listed.stream().map(p -> p.getJsonNumber("id").longValue()).toList(),
        "everyone but the two insured, in household order over both pages");
    assertFalse(
        listed.get(0).getString("idNumber").contains("*"),
        "the district administrator sees full ID numbers");
  }

  /**
   * Issue 11: other modules observe {@code EnrollmentChanged} after the transaction succeeded. The
   * import commit fires it in its own transaction: observers hear of a committed batch with its
   * villages, and nothing of a batch whose transaction failed after the event was fired (its rows
   * are not written either). Payments and other insurance recorded through the facade are heard
   * too.
   */
  @Test
  void observersHearOfChangesToTheFiguresOnlyOnceTheyAreCommitted() throws Exception {
    ProgressFixture f = progress();
    var village = f.newVillage("进度事件村");
    long committed = householdBatch(village);
    long failed = householdBatch(village);

    importWork.apply(committed);
    assertTrue(
        changes
            .heard()
            .contains(
                new EnrollmentChanged(
                    EnrollmentChanged.Kind.PERSONS_REGISTERED,
                    null,
                    Set.of(village.id()),
                    committed)),
        changes.heard().toString());

    changes.failTransactionOf(failed);
    try {
      importWork.apply(failed);
      throw new AssertionError("the batch's transaction should have failed");
    } catch (RuntimeException expected) {
      // the observer in the transaction failed it
    } finally {
      changes.failTransactionOf(null);
    }
    assertTrue(
        changes.heard().stream().noneMatch(c -> Long.valueOf(failed).equals(c.batchId())),
        changes.heard().toString());
    assertEquals(
        1,
        f.figures(village, ProgressFixture.TODAY).getInt("registered"),
        "only the committed batch's person");

    long person = f.person(village, "H9", null);
    int before = changes.heard().size();
    f.pay(person, LocalDate.of(2022, 11, 20));
    assertEquals(
        400,
        f.other(person, "EMPLOYEE_INSURANCE").statusCode(),
        "refused: already insured for the year");
    List<EnrollmentChanged> heard = changes.heard().subList(before, changes.heard().size());
    assertEquals(
        List.of(
            new EnrollmentChanged(
                EnrollmentChanged.Kind.PAYMENT_RECORDED, 2023, Set.of(village.id()), null)),
        heard);
  }

  /** A checked household list of one new person of {@code village}, ready to commit. */
  private long householdBatch(RegionRef village) throws Exception {
    tx.begin();
    Region yongchuan = regions.byCode("500118").orElseThrow();
    ImportBatch b =
        new ImportBatch(
            ImportKind.HOUSEHOLD_REGISTER,
            "户籍.csv",
            "/nonexistent/test.csv",
            "0".repeat(64),
            null,
            null,
            "qxadmin",
            yongchuan.id(),
            yongchuan.path(),
            yongchuan.currentName());
    b.checked(1, 0, 0, 0, 0);
    b.startCommit();
    em.persist(b);
    em.flush();
    em.createNativeQuery(
            "insert into enrollment.import_row (batch_id, row_no, id_number, name, sex, birth_date, village_id, village_path, outcome)"
                + " values (?1, 2, ?2, '事件测试', '男', date '1980-01-01', ?3, ?4, 'NEW')")
        .setParameter(1, b.id())
        .setParameter(2, Imports.newId())
        .setParameter(3, village.id())
        .setParameter(4, village.path())
        .executeUpdate();
    tx.commit();
    return b.id();
  }

  /**
   * The access matrix (issue 10): every role × every REST operation and page, expected answers
   * written once in {@code access-matrix.csv}. The rows must cover every operation the OpenAPI
   * document lists (generated from the resources) and every page of the menu, so a new door cannot
   * go unchecked.
   */
  @Test
  @RunAsClient
  void everyRoleIsAllowedOrRefusedAtEveryDoorAsTheAccessMatrixSays() throws Exception {
    List<String[]> rows = new ArrayList<>();
    List<String> roles;
    try (var in = FoundationIT.class.getResourceAsStream("/access-matrix.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList();
      roles = List.of(lines.get(0).split(",")).subList(1, 9);
      lines.stream().skip(1).forEach(l -> rows.add(l.split(",")));
    }
    Set<String> listed = new TreeSet<>();
    rows.forEach(r -> listed.add(r[0].split("\\?")[0]));
    Set<String> doors = new TreeSet<>();
    HttpResponse<String> doc = Http.openApi(base, "?format=JSON");
    Http.json(doc.body())
        .asJsonObject()
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .keySet()
                    .forEach(method -> doors.add(method.toUpperCase() + " " + path)));
    Stream.concat(Navigation.ENTRIES.stream(), Navigation.INNER_PAGES.stream())
        .forEach(e -> doors.add("GET " + e.page()));
    doors.addAll(SERVER_DOORS);
    assertEquals(
        doors, listed, "the access matrix lists exactly the REST operations and pages there are");

    Map<String, WebSession> sessions = new HashMap<>();
    for (String role : roles) {
      WebSession s = new WebSession(base);
      assertTrue(s.login(role, Http.DEMO_PASSWORD), role);
      sessions.put(role, s);
    }
    List<String> wrong = new ArrayList<>();
    for (String[] row : rows) {
      String method = row[0].split(" ")[0];
      String target = row[0].split(" ")[1].replaceAll("\\{[^}]+\\}", "999999999");
      for (int i = 0; i < roles.size(); i++) {
        String role = roles.get(i);
        int status =
            !target.startsWith("/api/")
                ? sessions.get(role).get(target.substring(1)).statusCode()
                : probe(method, target.substring(1), role).statusCode();
        boolean refused = status == 403;
        boolean expectedRefused = row[i + 1].equals("D");
        if (refused != expectedRefused || status == 401 || status >= 500) {
          wrong.add(
              row[0]
                  + " as "
                  + role
                  + ": "
                  + status
                  + ", expected "
                  + (expectedRefused ? "403" : "allowed"));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * Doors that are neither REST operations nor menu pages: Payara's metrics endpoint, which is part
   * of the application when it is deployed at "/" (bin/run); here it is probed under the
   * deployment's path.
   */
  private static final List<String> SERVER_DOORS = List.of("GET /metrics");

  /**
   * A request that passes no data: JSON endpoints get {@code {}}, file and text endpoints an empty
   * body.
   */
  private HttpResponse<String> probe(String method, String path, String user) {
    if (method.equals("GET")) {
      return Http.get(base, path, user);
    }
    boolean raw =
        path.startsWith("api/imports?")
            || path.contains("/reverse")
            || (path.contains("/issues/") && path.endsWith("/close"))
            || path.contains("/correct")
            || path.contains("songgai.xlsx")
            || path.contains("/file");
    return raw
        ? Http.send(base, path, user, method, "")
        : Http.send(base, path, user, method, "{}");
  }

  /**
   * CSRF (issue 10 item 2): a signed-in officer's browser is made to post to Canbao from another
   * site. Every API write is refused when it comes from another origin, and when it carries only
   * the session cookie without the header a page of Canbao itself sends; the session cookie is
   * SameSite=Lax, and Secure when the request came over TLS through the proxy.
   */
  @Test
  @RunAsClient
  void crossSiteWritesWithTheSessionCookieAreRefusedAndTheCookieIsSameSiteAndSecureBehindTls()
      throws Exception {
    WebSession officer = new WebSession(base);
    assertTrue(officer.login("sbs", Http.DEMO_PASSWORD));
    List<String> writes = new ArrayList<>();
    try (var in = FoundationIT.class.getResourceAsStream("/access-matrix.csv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> l.startsWith("POST ") || l.startsWith("PUT ") || l.startsWith("DELETE "))
          .forEach(l -> writes.add(l.split(",")[0]));
    }
    assertTrue(writes.size() > 20, writes.toString());
    List<String> accepted = new ArrayList<>();
    for (String w : writes) {
      String method = w.split(" ")[0];
      URI uri = officer.uri(w.split(" ")[1].substring(1).replaceAll("\\{[^}]+\\}", "999999999"));
      HttpResponse<String> foreign =
          officer.send(
              HttpRequest.newBuilder(uri)
                  .header("Origin", "http://attacker.example")
                  .header("Content-Type", "text/plain")
                  .method(method, HttpRequest.BodyPublishers.ofString("{}")));
      HttpResponse<String> cookieOnly =
          officer.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .method(method, HttpRequest.BodyPublishers.ofString("a=b")));
      if (foreign.statusCode() != 403 || !foreign.body().contains("跨站")) {
        accepted.add(w + " from another origin: " + foreign.statusCode());
      }
      // another Authorization scheme carries no credentials Canbao reads: still the cookie alone
      HttpResponse<String> bearer =
          officer.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer forged")
                  .method(method, HttpRequest.BodyPublishers.ofString("{}")));
      // refused by the CSRF filter itself, not merely by the officer's role further on
      if (cookieOnly.statusCode() != 403 || !cookieOnly.body().contains("X-Requested-With")) {
        accepted.add(
            w + " with the cookie only: " + cookieOnly.statusCode() + " " + cookieOnly.body());
      }
      if (bearer.statusCode() != 403 || !bearer.body().contains("X-Requested-With")) {
        accepted.add(
            w
                + " with the cookie and a Bearer header: "
                + bearer.statusCode()
                + " "
                + bearer.body());
      }
    }
    assertEquals(List.of(), accepted);
    HttpResponse<String> ownPage =
        officer.send(
            HttpRequest.newBuilder(officer.uri("api/quotes"))
                .header(
                    "Origin",
                    Http.local(base).getProtocol()
                        + "://"
                        + Http.local(base).getHost()
                        + ":"
                        + Http.local(base).getPort())
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"year\":2023,\"insuredType\":\"RESIDENT\",\"tier\":\"TIER_1\",\"paymentDate\":\"2022-11-20\"}")));
    assertEquals(
        200,
        ownPage.statusCode(),
        "Canbao's own pages may still write with the session: " + ownPage.body());

    HttpResponse<String> plain = Http.get(base, "login.xhtml", null);
    String cookie = String.join(";", plain.headers().allValues("Set-Cookie"));
    // attribute names and values are case-insensitive (RFC 6265bis); Payara writes "lax" on some
    // paths
    assertTrue(
        cookie.toLowerCase().contains("samesite=lax")
            && cookie.contains("HttpOnly")
            && !cookie.contains("Secure"),
        cookie);
    HttpResponse<String> tls =
        new WebSession(base)
            .send(
                HttpRequest.newBuilder(officer.uri("login.xhtml"))
                    .header("X-Forwarded-Proto", "https")
                    .GET());
    String secure = String.join(";", tls.headers().allValues("Set-Cookie"));
    assertTrue(secure.contains("Secure") && secure.toLowerCase().contains("samesite=lax"), secure);
    assertTrue(
        tls.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS behind TLS");
  }

  // --- Issue 10 items 4, 5, 7, 9 and 10: narrowing, masking, the security trail, names, import
  // rights -----

  @Inject PersonFacade personFacade;
  @Inject AuditFacade audit;
  @Inject CurrentCaller currentCaller;

  /** This deployment's own address, for in-container tests that also go through HTTP. */
  private URL self() throws MalformedURLException {
    return new URL(
        "http", "127.0.0.1", runnerRequest.getLocalPort(), runnerRequest.getContextPath() + "/");
  }

  private RegionRef songgaiVillage(String name) {
    return directory
        .resolveChild(directory.byCode("500118107").orElseThrow().id(), name)
        .orElseThrow();
  }

  private long registered(RegionRef village, String idNumber, String name) throws Exception {
    tx.begin();
    Person p =
        new Person(IdNumber.parse(idNumber), name, "H1", "户主", village, LocalDate.of(2020, 1, 1));
    em.persist(p);
    tx.commit();
    return p.id();
  }

  /**
   * The details of the security trail's entries of a user and kind (the audit screen's 安全事件),
   * newest first.
   */
  @SuppressWarnings("unchecked")
  private List<String> trail(String username, String kind) {
    return em.createNativeQuery(
            "select detail from kernel.security_event where username = ?1 and kind = ?2 order by id desc")
        .setParameter(1, username)
        .setParameter(2, kind)
        .setMaxResults(50)
        .getResultList();
  }

  /**
   * Item 4: a supervision group member (duchao, 第一督导组: 文昌宫社区) reads the people of the group's areas
   * only. Item 5: the group member and the leader see ID numbers masked, through the API and on the
   * person's page; the township office sees them whole, and revealing one on the page is recorded.
   */
  @Test
  void aGroupMemberReadsOnlyTheGroupsAreasAndOnlyWorkingRolesSeeWholeIdNumbers() throws Exception {
    URL self = self();
    String inside = Imports.newId();
    long in = registered(songgaiVillage("文昌宫社区"), inside, "督导组片区内");
    long out = registered(songgaiVillage("松江社区"), Imports.newId(), "督导组片区外");
    assertEquals(200, Http.get(self, "api/persons/" + in, "duchao").statusCode());
    HttpResponse<String> refused = Http.get(self, "api/persons/" + out, "duchao");
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("无权访问"), refused.body());
    assertEquals(
        200,
        Http.get(self, "api/persons/" + out, "sbs").statusCode(),
        "the township office sees both villages");

    String masked = IdNumber.mask(inside);
    for (String user : List.of("duchao", "lingdao")) {
      for (String path : List.of("api/persons?idNumber=" + inside, "api/persons/" + in)) {
        String body = Http.get(self, path, user).body();
        assertTrue(
            body.contains(masked) && !body.contains(inside), user + " " + path + ": " + body);
      }
      WebSession s = new WebSession(self);
      assertTrue(s.login(user, Http.DEMO_PASSWORD), user);
      HttpResponse<String> page = s.get("enrollment/person.xhtml?id=" + in);
      assertEquals(200, page.statusCode(), user);
      assertTrue(
          page.body().contains(masked) && !page.body().contains(inside),
          user + " sees the number masked on the page");
      assertFalse(page.body().contains("显示完整号码"), user + " is offered no reveal");
    }

    assertTrue(
        Http.get(self, "api/persons?idNumber=" + inside, "sbs").body().contains(inside),
        "the township office works with whole numbers");
    WebSession officer = new WebSession(self);
    assertTrue(officer.login("sbs", Http.DEMO_PASSWORD));
    String path = "enrollment/person.xhtml?id=" + in;
    HttpResponse<String> page = officer.get(path);
    assertTrue(
        page.body().contains(masked)
            && !page.body().contains(inside)
            && page.body().contains("显示完整号码"),
        "masked until revealed");
    HttpResponse<String> shown =
        officer.ajax(path, page, "personForm", "personForm:reveal", "personForm:idCell");
    assertEquals(200, shown.statusCode(), shown.body());
    assertTrue(shown.body().contains(inside), shown.body());
    assertTrue(
        trail("sbs", "ID_NUMBER_REVEALED").stream().anyMatch(d -> d.endsWith("人员 #" + in)),
        "the reveal is in the security trail: " + trail("sbs", "ID_NUMBER_REVEALED"));
  }

  /**
   * Item 7: the security trail records a sign-in under a user name that does not exist and a
   * refused read; the data audit shows a move with the old and the new village by name.
   */
  @Test
  void theTrailRecordsUnknownSignInsRefusalsAndMovesWithTheVillagesNamed() throws Exception {
    URL self = self();
    String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 6);
    assertFalse(new WebSession(self).login(nobody, "Whatever@2026"));
    assertTrue(
        trail(nobody, "SIGN_IN_REFUSED").stream().anyMatch(d -> d.contains("用户名不存在")),
        trail(nobody, "SIGN_IN_REFUSED").toString());

    var wenchang = songgaiVillage("文昌宫社区");
    var songjiang = songgaiVillage("松江社区");
    long mover = registered(wenchang, Imports.newId(), "迁移审计");
    assertEquals(403, Http.get(self, "api/persons/" + mover, "cungan2").statusCode());
    assertTrue(
        trail("cungan2", "ACCESS_DENIED").stream()
            .anyMatch(d -> d.startsWith("GET /api/persons/" + mover + "：") && d.contains("无权访问")),
        trail("cungan2", "ACCESS_DENIED").toString());

    currentCaller.actAsSystem();
    personFacade.moveTo(mover, songjiang.id(), LocalDate.now(ZoneId.of("Asia/Shanghai")));
    List<Number> revisions = AuditReaderFactory.get(em).getRevisions(Person.class, mover);
    List<AuditFacade.Change> changed =
        audit.changes(revisions.get(revisions.size() - 1).longValue());
    assertTrue(
        changed.stream()
            .anyMatch(
                c ->
                    c.type() == ChangeType.MOD
                        && c.changedFields()
                            .contains(
                                "文昌宫社区（#" + wenchang.id() + "） → 松江社区（#" + songjiang.id() + "）")),
        changed.toString());
  }

  /**
   * Item 10 (names with U+202E): registering or correcting a person on the screens goes through the
   * registry's facade, which refuses control and format characters naming the field, as the import
   * does.
   */
  @Test
  void namesWithFormatCharactersAreRefusedWhenRegisteringAndCorrecting() throws Exception {
    currentCaller.actAsSystem();
    var village = songgaiVillage("鱼岭村");
    long person = registered(village, Imports.newId(), "正常姓名");
    String[][] cases = {
      {"name", "张\u202E三", "姓名"},
      {"name", "李\u200B四", "姓名"},
      {"name", "王\u0007五", "姓名"},
      {"householdNo", "H\u2066 1", "户号"}
    };
    for (String[] c : cases) {
      String name = c[0].equals("name") ? c[1] : "赵六";
      String household = c[0].equals("householdNo") ? c[1] : "H1";
      var draft = new PersonDraft(Imports.newId(), name, household, "户主", village.id(), null);
      for (Supplier<?> call :
          List.<Supplier<?>>of(
              () -> personFacade.register(draft), () -> personFacade.correct(person, draft))) {
        BusinessException refused = businessException(call);
        assertEquals(c[0], refused.field(), c[1]);
        assertTrue(refused.getMessage().startsWith(c[2] + "含有不可见的控制字符或格式字符"), refused.getMessage());
      }
    }
    tx.begin();
    assertEquals("正常姓名", em.find(Person.class, person).name(), "nothing corrected");
    tx.rollback();
  }

  private static BusinessException businessException(Supplier<?> call) {
    try {
      call.get();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BusinessException b) {
          return b;
        }
      }
      throw e;
    }
    throw new AssertionError("accepted");
  }

  /**
   * Item 9: committing or running again a list writes to the registry as its upload would, so it
   * needs the right to upload that kind of list now — not only the right to see the batch. A
   * department provider's household list and a village officer's identity list (neither role may
   * upload them) are refused and stay as they were.
   */
  @Test
  void committingOrRestartingAListNeedsTheRightToUploadItsKind() throws Exception {
    URL self = self();
    record Case(String user, ImportKind kind, String regionCode, String village) {}
    for (Case c :
        List.of(
            new Case("minzheng", ImportKind.HOUSEHOLD_REGISTER, "500118", null),
            new Case("minzheng", ImportKind.PAYMENT_LIST, "500118", null),
            new Case("cungan", ImportKind.IDENTITY_LIST, "500118107", "文昌宫社区"))) {
      tx.begin();
      Region area = regions.byCode(c.regionCode()).orElseThrow();
      if (c.village() != null) {
        area = regions.childrenNamed(area.id(), c.village()).get(0);
      }
      ImportBatch checked =
          new ImportBatch(
              c.kind(),
              "越权.csv",
              "/nonexistent/test.csv",
              "0".repeat(64),
              null,
              c.kind() == ImportKind.PAYMENT_LIST ? 2023 : null,
              c.user(),
              area.id(),
              area.path(),
              area.currentName());
      checked.checked(1, 0, 0, 0, 0);
      ImportBatch failed =
          new ImportBatch(
              c.kind(),
              "越权2.csv",
              "/nonexistent/test.csv",
              "0".repeat(64),
              null,
              c.kind() == ImportKind.PAYMENT_LIST ? 2023 : null,
              c.user(),
              area.id(),
              area.path(),
              area.currentName());
      failed.checked(1, 0, 0, 0, 0);
      failed.failed("测试");
      em.persist(checked);
      em.persist(failed);
      tx.commit();
      assertEquals(
          200,
          Http.get(self, "api/imports/" + checked.id(), c.user()).statusCode(),
          c + " sees the batch");
      HttpResponse<String> commit =
          Http.post(self, "api/imports/" + checked.id() + "/commit", c.user(), new byte[0]);
      assertEquals(403, commit.statusCode(), c + ": " + commit.body());
      HttpResponse<String> restart =
          Http.post(self, "api/imports/" + failed.id() + "/restart", c.user(), new byte[0]);
      assertEquals(403, restart.statusCode(), c + ": " + restart.body());
      assertEquals(ImportStatus.CHECKED, importBatch(checked.id()).status(), c.toString());
      assertEquals(ImportStatus.FAILED, importBatch(failed.id()).status(), c.toString());
    }
  }

  /**
   * Item 1 across districts (RegistryIT has the neighbouring village): 松溉镇's village officer lists
   * a person registered in 涪陵区 under the own village and another name; the row is refused, the
   * person is neither moved nor renamed.
   */
  @Test
  void aVillageOfficersListCannotPullAPersonFromAnotherDistrict() throws Exception {
    tx.begin();
    Region yihe = regions.childrenNamed(regions.byCode("500102").orElseThrow().id(), "义和镇").get(0);
    Region village =
        regions.add(
            new Region(
                yihe,
                RegionLevel.VILLAGE,
                null,
                "跨区测试村" + UUID.randomUUID().toString().substring(0, 4),
                null));
    tx.commit();
    String faraway = Imports.newId("500102", LocalDate.of(1970, 3, 4));
    long person = registered(directory.find(village.id()).orElseThrow(), faraway, "涪陵居民");
    URL self = self();
    String list = "身份证号,姓名,户号,与户主关系,村(社区)\n" + faraway + ",改名乙,H82,户主,文昌宫社区\n";
    String checked =
        Imports.waitFor(
            self,
            "cungan",
            Imports.post(
                self,
                "cungan",
                "HOUSEHOLD_REGISTER",
                "far.csv",
                null,
                list.getBytes(StandardCharsets.UTF_8)));
    assertEquals("1", Http.field(checked, "rejectedRows"), checked);
    assertEquals("0", Http.field(checked, "changedRows"), checked);
    String errors =
        Http.get(self, "api/imports/" + Http.field(checked, "id") + "/errors", "cungan").body();
    assertTrue(errors.contains("此人已在您的管辖范围以外登记户籍") && !errors.contains("涪陵"), errors);
    tx.begin();
    var p = em.find(Person.class, person);
    assertEquals(
        List.of("涪陵居民", village.id()),
        List.of(p.name(), p.villageId()),
        "neither renamed nor moved");
    tx.rollback();
  }
}
