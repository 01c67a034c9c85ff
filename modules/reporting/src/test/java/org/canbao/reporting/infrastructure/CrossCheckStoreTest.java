package org.canbao.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.infrastructure.JdbcBulkAudit;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.application.CrossCheckStore;
import org.canbao.reporting.domain.CrossCheckRule;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register cross-check's set-based SQL on H2 in PostgreSQL mode (the zero-setup run's database;
 * the integration tests run it on PostgreSQL): reporting's own migration for the ledger, and tables
 * standing in for the two views enrollment publishes.
 */
class CrossCheckStoreTest {
  private static final String VILLAGE_A = "/1/39/100/";
  private static final String VILLAGE_B = "/1/39/200/";
  private static final String OTHER_TOWN = "/1/40/300/";

  private JdbcCrossCheckStore store;
  private JdbcDataSource ds;

  @BeforeEach
  void schema() throws Exception {
    ds = H2Reporting.database("crosscheck");
    store = new JdbcCrossCheckStore();
    store.dataSource = ds;
    // the kernel's own revision writer, on the same connection as the check (as in the application)
    store.audit = new JdbcBulkAudit();
    exec(
        "create table kernel.region (id bigint primary key)",
        "insert into kernel.region values (100), (200), (300)",
        H2Reporting.REGISTERED_PERSON,
        "create table enrollment.v_insured_person (person_id bigint, insurance_year int, kind varchar(30))");
    H2Reporting.migrate(ds, "V1__follow_up_ledger.sql");
  }

  private void exec(String... sql) throws SQLException {
    H2Reporting.exec(ds, sql);
  }

  private void person(long id, String path, String status) throws SQLException {
    long village = Long.parseLong(path.split("/")[3]);
    exec(
        "insert into enrollment.v_registered_person values ("
            + id
            + ", '5001182000010100"
            + id
            + "', '人"
            + id
            + "', 'H', "
            + village
            + ", '"
            + path
            + "', '"
            + status
            + "', null)");
  }

  private void insured(long id) throws SQLException {
    exec("insert into enrollment.v_insured_person values (" + id + ", 2023, 'RESIDENT_PAYMENT')");
  }

  /** The ledger's items by person: column → value. */
  private Map<Long, Map<String, Object>> items() throws SQLException {
    Map<Long, Map<String, Object>> out = new HashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select person_id, village_id, found_by, reason, status, status_by, still_uninsured, version from reporting.follow_up")) {
      while (rs.next()) {
        out.put(
            rs.getLong(1),
            Map.of(
                "village",
                rs.getLong(2),
                "foundBy",
                rs.getString(3),
                "reason",
                String.valueOf(rs.getString(4)),
                "status",
                rs.getString(5),
                "statusBy",
                rs.getString(6),
                "uninsured",
                rs.getBoolean(7),
                "version",
                rs.getInt(8)));
      }
    }
    return out;
  }

  private long scalar(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private CrossCheckStore.Outcome check(String area, String by) {
    return store.register(2023, area, by, Instant.now(), o -> "比对 " + o.added());
  }

  @Test
  void theRegisterStatusesReasonsAreGeneratedFromTheRule() {
    String sql = JdbcCrossCheckStore.reasonCase();
    CrossCheckRule.registerReasons()
        .forEach(
            (status, reason) ->
                assertThat(sql).contains("when '" + status + "' then '" + reason.name() + "'"));
    assertThat(CrossCheckRule.reasonFromRegister(PersonStatus.DECEASED))
        .contains(FollowUpReason.DECEASED);
    assertThat(CrossCheckRule.reasonFromRegister(PersonStatus.NORMAL)).isEmpty();
  }

  @Test
  void aFirstRunFilesTheUninsuredAndAReRunKeepsWhatPeopleRecorded() throws Exception {
    person(1, VILLAGE_A, "NORMAL");
    person(2, VILLAGE_A, "NORMAL");
    insured(2);
    person(3, VILLAGE_A, "DECEASED");
    person(4, VILLAGE_B, "NORMAL");
    person(5, OTHER_TOWN, "NORMAL");

    CrossCheckStore.Outcome first = check("/1/39/", "sbs");
    assertThat(first)
        .extracting(
            CrossCheckStore.Outcome::compared,
            CrossCheckStore.Outcome::uninsured,
            CrossCheckStore.Outcome::added,
            CrossCheckStore.Outcome::kept,
            CrossCheckStore.Outcome::nowInsured)
        .containsExactly(4, 3, 3, 0, 0);
    Map<Long, Map<String, Object>> items = items();
    assertThat(items).containsOnlyKeys(1L, 3L, 4L);
    assertThat(items.get(3L))
        .containsEntry("reason", "DECEASED")
        .containsEntry("status", "TO_CONTACT")
        .containsEntry("foundBy", "REGISTER");
    assertThat(items.get(1L)).containsEntry("reason", "null").containsEntry("statusBy", "sbs");
    assertThat(
            scalar(
                "select count(*) from reporting.follow_up_aud where revtype = 0 and rev = "
                    + first.revision()))
        .isEqualTo(3);
    assertThat(scalar("select count(*) from kernel.revchanges where rev = " + first.revision()))
        .isEqualTo(1);

    // people work the ledger (as FollowUpItem.update does), a department list finds person 4,
    // person 1 moves to
    // village B, person 4 pays, person 3's payment was reversed: the re-run keeps reasons and
    // statuses
    exec(
        "update reporting.follow_up set reason = 'STUDENT_ELSEWHERE', status = 'CONTACTED', status_by = 'cungan' where person_id = 1",
        "update reporting.follow_up set found_by = 'DEPARTMENT', status = 'ENROLLED' where person_id = 3",
        "update enrollment.v_registered_person set village_id = 200, village_path = '"
            + VILLAGE_B
            + "' where person_id = 1");
    insured(4);
    CrossCheckStore.Outcome again = check("/1/39/", "qxadmin");
    assertThat(again)
        .extracting(
            CrossCheckStore.Outcome::compared,
            CrossCheckStore.Outcome::uninsured,
            CrossCheckStore.Outcome::added,
            CrossCheckStore.Outcome::kept,
            CrossCheckStore.Outcome::nowInsured)
        .containsExactly(4, 2, 0, 2, 1);
    items = items();
    assertThat(items.get(1L))
        .containsEntry("village", 200L)
        .containsEntry("reason", "STUDENT_ELSEWHERE")
        .containsEntry("status", "CONTACTED")
        .containsEntry("statusBy", "cungan")
        .containsEntry("uninsured", true);
    assertThat(items.get(3L))
        .containsEntry("foundBy", "REGISTER,DEPARTMENT")
        .containsEntry("reason", "DECEASED")
        .containsEntry("status", "TO_CONTACT")
        .containsEntry("statusBy", "qxadmin");
    assertThat(items.get(4L))
        .containsEntry("status", "ENROLLED")
        .containsEntry("uninsured", false)
        .containsEntry("statusBy", "qxadmin");
    assertThat(
            scalar(
                "select count(*) from reporting.follow_up_aud where revtype = 1 and rev = "
                    + again.revision()))
        .as("moved, reopened and enrolled items each get an audit row")
        .isEqualTo(3);

    // nothing changed since: a third run only confirms (no audit rows, one revision with its note)
    CrossCheckStore.Outcome third = check("/1/39/", "qxadmin");
    assertThat(third.kept()).isEqualTo(2);
    assertThat(third.nowInsured()).isZero();
    assertThat(
            scalar("select count(*) from reporting.follow_up_aud where rev = " + third.revision()))
        .isZero();
    assertThat(scalar("select count(*) from kernel.revinfo where note is not null")).isEqualTo(3);

    // a village's check touches only its people; an item of a person who moved into it is found by
    // person
    person(6, VILLAGE_B, "MOVED_OUT");
    CrossCheckStore.Outcome village = check(VILLAGE_B, "cungan2");
    assertThat(village)
        .extracting(
            CrossCheckStore.Outcome::compared,
            CrossCheckStore.Outcome::uninsured,
            CrossCheckStore.Outcome::added,
            CrossCheckStore.Outcome::kept)
        .containsExactly(3, 2, 1, 1);
    assertThat(items().get(6L)).containsEntry("reason", "HOUSEHOLD_MOVED");
    assertThat(items()).doesNotContainKey(5L);
    assertThat(List.of(items().get(3L).get("version"))).containsExactly(2);
  }
}
