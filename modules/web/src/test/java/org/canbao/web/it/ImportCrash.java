package org.canbao.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The import half of the cluster's fault test (issue 14): a small household register list whose
 * commit is caught in the middle of its transaction on the node about to be killed. The commit is
 * held, not raced: before it starts, a session of the test inserts (and does not commit) a person
 * under the list's last ID number, so the commit's insert of the new persons waits for that
 * session, with the audit revision and the persons before it written but not committed. The test
 * sees the commit waiting in PostgreSQL ({@code pg_blocking_pids}) before the node is killed.
 * Afterwards the surviving node must settle the batch (its heartbeat stopped) as interrupted with
 * nothing written, and committing it again there must write every row.
 */
final class ImportCrash implements AutoCloseable {
  private static final int ROWS = 30;
  private static final String USER = "qxadmin";

  private final Connection holder;
  private final List<String> ids = new ArrayList<>();
  private String batchId;
  private long killedAt;

  private ImportCrash(Properties env) throws Exception {
    String password =
        Files.readString(Path.of(env.getProperty("DB_PASSWORD_FILE")), StandardCharsets.UTF_8)
            .strip();
    holder =
        DriverManager.getConnection(
            env.getProperty("DB_URL"), env.getProperty("DB_USER"), password);
  }

  /** Uploads the list to {@code node}, checks it there and starts its commit, held as above. */
  static ImportCrash commitHeldOn(URL node, Properties env) throws Exception {
    long start = System.nanoTime();
    ImportCrash c = new ImportCrash(env);
    StringBuilder csv = new StringBuilder(Imports.HEADER);
    for (int i = 0; i < ROWS; i++) {
      String id = Imports.newId();
      c.ids.add(id);
      csv.append(id).append(",断电测试").append(i).append(",K").append(i).append(",户主,松溉镇,茅园村\n");
    }
    c.batchId =
        Imports.post(
            node,
            USER,
            "HOUSEHOLD_REGISTER",
            "断电测试.csv",
            null,
            csv.toString().getBytes(StandardCharsets.UTF_8));
    String checked = Imports.waitFor(node, USER, c.batchId);
    assertEquals("CHECKED", Http.field(checked, "status"), checked);
    assertEquals(String.valueOf(ROWS), Http.field(checked, "newRows"), checked);

    c.holder.setAutoCommit(false);
    try (PreparedStatement ps =
        c.holder.prepareStatement(
            "insert into enrollment.person (id_number, name, sex, birth_date, village_id,"
                + " village_path, status) select ?, '占位', '男', date '1980-01-01', r.id, r.path,"
                + " 'NORMAL' from kernel.region r join kernel.region_name n on n.region_id = r.id"
                + " where n.name = '茅园村' and n.valid_to is null"
                + " and r.parent_id = (select id from kernel.region where code = '500118107')")) {
      ps.setString(1, c.ids.get(ROWS - 1));
      assertEquals(1, ps.executeUpdate(), "the village of the list");
    }
    HttpResponse<String> commit =
        Http.post(node, "api/imports/" + c.batchId + "/commit", USER, new byte[0]);
    assertEquals(200, commit.statusCode(), commit.body());
    c.awaitCommitWaiting(node);
    log("batch " + c.batchId + " checked, its commit held mid-transaction", start);
    return c;
  }

  /** 导入中 by the REST API, and a session of Canbao's waiting for the holder's lock. */
  private void awaitCommitWaiting(URL node) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    try (PreparedStatement ps =
        holder.prepareStatement(
            "select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))")) {
      while (System.nanoTime() < deadline) {
        String json = Http.get(node, "api/imports/" + batchId, USER).body();
        assertEquals("COMMITTING", Http.field(json, "status"), json);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the commit of batch " + batchId + " never reached the held row");
  }

  /**
   * After the node was killed: lets the killed node's transaction go (PostgreSQL then rolls it
   * back: its client is gone); {@code survivor} settles the batch, nothing of the list is in the
   * registry, and committing it again on {@code survivor} writes every row.
   */
  /** The node holding the commit was killed now. */
  void killed() {
    killedAt = System.nanoTime();
  }

  void assertSettledAndCommittedAgainOn(URL survivor, String killedNode) throws Exception {
    holder.rollback();
    String settled = Imports.waitFor(survivor, USER, batchId); // no longer 导入中
    log("found settled by the other node", killedAt);
    long start = System.nanoTime();
    assertEquals("CHECKED", Http.field(settled, "status"), settled);
    assertEquals(
        "服务器节点" + killedNode + "已停止运行，导入中断，未写入任何数据，可重新确认导入", Http.field(settled, "message"));
    assertEquals(0, persons(), "none of the list's rows");
    HttpResponse<String> again =
        Http.post(survivor, "api/imports/" + batchId + "/commit", USER, new byte[0]);
    assertEquals(200, again.statusCode(), again.body());
    String done = Imports.waitFor(survivor, USER, batchId);
    assertEquals("COMMITTED", Http.field(done, "status"), done);
    assertEquals(ROWS, persons(), "every row of the list");
    log("committed again", start);
  }

  /** Progress in the test's output (failsafe-reports), for the time each part takes. */
  private static void log(String what, long since) {
    System.out.printf(
        "ImportCrash: %s after %.1f s%n", what, (System.nanoTime() - since) / 1_000_000_000.0);
  }

  private int persons() throws SQLException {
    try (PreparedStatement ps =
        holder.prepareStatement(
            "select count(*) from enrollment.person where id_number = any(?)")) {
      ps.setArray(1, holder.createArrayOf("varchar", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    holder.close();
  }
}
