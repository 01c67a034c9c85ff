package org.canbao.enrollment.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.canbao.kernel.api.Validity;
import org.canbao.kernel.api.YearClosedException;

/**
 * The database's closed-year rule (年度锁定) for enrollment's tables, run by plain SQL — whoever writes
 * — on H2 ({@code ClosedYearGuardsTest}) and on PostgreSQL ({@code RegistryIT}): a scratch district
 * with one person, its year 2021 closed, then fixed statements on enrollment records and generated
 * changes of identities, each compared with {@link Validity}'s rule. The caller runs it in a
 * transaction it rolls back; every statement runs in a savepoint, so a refusal does not end the
 * transaction.
 */
public final class ClosedYearCases {
  /** The closed year. */
  public static final int YEAR = 2021;

  private static final long DISTRICT = 990_000_001L;
  private static final long VILLAGE = 990_000_002L;
  private static final long PERSON = 990_000_001L;

  private final Connection db;
  private final List<String> wrong = new ArrayList<>();

  private long nextId = 990_000_001L;
  private int nextPerson = 1;

  public ClosedYearCases(Connection db) throws SQLException {
    this.db = db;
    exec(
        "insert into kernel.region (id, code, level, path) values ("
            + DISTRICT
            + ", '990001', 'DISTRICT', '/"
            + DISTRICT
            + "/'), ("
            + VILLAGE
            + ", '990001001001', 'VILLAGE', '/"
            + DISTRICT
            + "/"
            + VILLAGE
            + "/')");
    person();
  }

  /**
   * One more person of the scratch village (the first is {@link #PERSON}); each generated identity
   * has a person of its own, so no two collide (one identity per person, category and start day).
   */
  private long person() throws SQLException {
    long id = PERSON + nextPerson - 1;
    exec(
        "insert into enrollment.person (id, id_number, name, sex, birth_date, village_id, village_path, status)"
            + " values ("
            + id
            + ", '99000119900101"
            + String.format("%04d", nextPerson++)
            + "', '锁定', '男', date '1990-01-01', "
            + VILLAGE
            + ", '/"
            + DISTRICT
            + "/"
            + VILLAGE
            + "/', 'NORMAL')");
    return id;
  }

  /** Closes {@link #YEAR} for the scratch district, as the year-close screen would. */
  public void close() throws SQLException {
    exec(
        "insert into kernel.closed_year (region_id, region_path, region_name, insurance_year, status,"
            + " closed_by, closed_at) values ("
            + DISTRICT
            + ", '/"
            + DISTRICT
            + "/', '测试区', "
            + YEAR
            + ", 'CLOSED', 'test', current_timestamp)");
  }

  /**
   * Records of the closed year are neither inserted, changed nor deleted; the next year's are.
   * Returns what went wrong (empty: the rule held).
   */
  public List<String> records() throws SQLException {
    long closedRecord = record(YEAR);
    long openRecord = record(YEAR + 1);
    close();
    expect(true, insertRecord(YEAR, "REVERSED"));
    expect(
        true,
        "update enrollment.enrollment_record set status = 'REVERSED' where id = " + closedRecord);
    expect(true, "update enrollment.enrollment_record set subsidy = 0 where id = " + closedRecord);
    expect(true, "delete from enrollment.enrollment_record where id = " + closedRecord);
    expect(
        true,
        "update enrollment.enrollment_record set insurance_year = "
            + YEAR
            + " where id = "
            + openRecord);
    expect(false, "update enrollment.enrollment_record set subsidy = 0 where id = " + openRecord);
    expect(false, insertRecord(YEAR + 1, "REVERSED"));
    exec("update kernel.closed_year set status = 'REOPENED' where region_id = " + DISTRICT);
    expect(false, "update enrollment.enrollment_record set subsidy = 1 where id = " + closedRecord);
    return wrong;
  }

  /**
   * {@code cases} identities with generated validities, made while the year is open; the year
   * closed; then each identity's end moved, or its start moved, or it is deleted, and new ones
   * inserted — each refused exactly when {@link Validity} says the change alters the closed year.
   * Returns what went wrong (empty: the database follows the rule).
   */
  public List<String> identities(int cases, long seed) throws SQLException {
    Random random = new Random(seed);
    List<Validity> made = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    List<Long> fresh = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      Validity v = validity(random);
      ids.add(nextId);
      exec(insertIdentitySql(v, nextId++, person()));
      made.add(v);
      fresh.add(person());
    }
    close();
    for (int i = 0; i < cases; i++) {
      Validity before = made.get(i);
      long id = ids.get(i);
      switch (random.nextInt(4)) {
        case 0, 1 -> {
          Validity after = new Validity(before.from(), end(random, before.from()));
          expect(
              Validity.changesYear(before, after, YEAR),
              "update enrollment.person_identity set valid_to = "
                  + date(after.to())
                  + ", batch_id = null where id = "
                  + id);
        }
        case 2 -> {
          Validity after =
              new Validity(before.from().minusDays(1 + random.nextInt(400)), before.to());
          expect(
              before.touches(YEAR) || after.touches(YEAR),
              "update enrollment.person_identity set valid_from = "
                  + date(after.from())
                  + " where id = "
                  + id);
        }
        default ->
            expect(before.touches(YEAR), "delete from enrollment.person_identity where id = " + id);
      }
      Validity added = validity(random);
      expect(added.touches(YEAR), insertIdentitySql(added, nextId++, fresh.get(i)));
    }
    return wrong;
  }

  private static Validity validity(Random random) {
    LocalDate from = LocalDate.of(YEAR - 2, 1, 1).plusDays(random.nextInt(5 * 365));
    return new Validity(from, end(random, from));
  }

  private static LocalDate end(Random random, LocalDate from) {
    return random.nextInt(4) == 0 ? null : from.plusDays(random.nextInt(3 * 365));
  }

  private static String date(LocalDate d) {
    return d == null ? "null" : "date '" + d + "'";
  }

  private long record(int year) throws SQLException {
    long id = nextId++;
    exec(
        "insert into enrollment.enrollment_record (id, person_id, insurance_year, kind, status, subsidy,"
            + " recorded_by, recorded_at) values ("
            + id
            + ", "
            + PERSON
            + ", "
            + year
            + ", 'EMPLOYEE_INSURANCE', 'ACTIVE', 10, 'test', current_timestamp)");
    return id;
  }

  private String insertRecord(int year, String status) {
    return "insert into enrollment.enrollment_record (id, person_id, insurance_year, kind, status,"
        + " recorded_by, recorded_at) values ("
        + nextId++
        + ", "
        + PERSON
        + ", "
        + year
        + ", 'EMPLOYEE_INSURANCE', '"
        + status
        + "', 'test', current_timestamp)";
  }

  private static String insertIdentitySql(Validity v, long id, long person) {
    return "insert into enrollment.person_identity (id, person_id, category_code, department, valid_from,"
        + " valid_to, version) values ("
        + id
        + ", "
        + person
        + ", 'DIBAO', '民政局', "
        + date(v.from())
        + ", "
        + date(v.to())
        + ", 0)";
  }

  /** Runs {@code sql} in a savepoint and notes it when the refusal is not as expected. */
  private void expect(boolean refused, String sql) throws SQLException {
    Savepoint before = db.setSavepoint();
    String refusal = null;
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      if (!YearClosedException.SQL_STATE.equals(e.getSQLState())) {
        throw e;
      }
      refusal = e.getMessage();
    }
    db.rollback(before);
    if (refused != (refusal != null)) {
      wrong.add(
          (refused ? "not refused: " : "refused: ")
              + sql
              + (refusal == null ? "" : " — " + refusal));
    }
  }

  private void exec(String... sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }
}
