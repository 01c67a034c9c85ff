package org.canbao.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.canbao.kernel.api.YearClosedException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The H2 trigger on two tables shaped like the guarded ones — a record of a year and a record valid
 * over days, both placed by a parent row's path — with the kernel's real migrations: a closed year
 * of the district refuses inserts, changes and deletes whoever writes them, except moving an end
 * after the year; other districts and years, and reopened years, are untouched.
 */
class ClosedYearTriggerTest {
  private JdbcDataSource ds;

  @BeforeEach
  void migrate() throws SQLException {
    ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:closed"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(ds)
        .schemas("kernel")
        .defaultSchema("kernel")
        .createSchemas(true)
        .locations("classpath:db/migration/kernel")
        .load()
        .migrate();
    exec(
        "insert into kernel.region (id, code, level, path) values (1, '500118', 'DISTRICT', '/1/'),"
            + " (2, '500102', 'DISTRICT', '/2/')",
        "create schema m",
        "create table m.owner (id bigint primary key, path varchar(200))",
        "create table m.yearly (id bigint primary key, owner_id bigint, insurance_year int, amount int)",
        "create table m.valid (id bigint primary key, owner_id bigint, code varchar(10),"
            + " valid_from date, valid_to date, batch_id bigint, version int default 0)",
        "create trigger m.yearly_closed before insert, update, delete on m.yearly for each row"
            + " call 'org.canbao.kernel.infrastructure.ClosedYearTrigger'",
        "create trigger m.valid_closed before insert, update, delete on m.valid for each row"
            + " call 'org.canbao.kernel.infrastructure.ClosedYearTrigger'",
        "insert into kernel.closed_year_guard values"
            + " ('m.yearly', 'select o.path, :insurance_year from m.owner o where o.id = :owner_id'),"
            + " ('m.valid', 'select o.path, :valid_from, :valid_to from m.owner o where o.id = :owner_id')",
        "insert into m.owner values (10, '/1/5/9/'), (20, '/2/7/8/')",
        "insert into m.yearly values (1, 10, 2021, 100), (2, 20, 2021, 100), (3, 10, 2022, 100)",
        "insert into m.valid (id, owner_id, code, valid_from, valid_to) values"
            + " (1, 10, 'DIBAO', date '2019-01-01', null), (2, 10, 'TEKUN', date '2022-02-01', null)",
        "insert into kernel.closed_year (region_id, region_path, region_name, insurance_year, status,"
            + " closed_by, closed_at) values (1, '/1/', '永川区', 2021, 'CLOSED', 'qxadmin', current_timestamp)");
  }

  @Test
  void aRecordOfAClosedYearCannotBeWrittenByPlainSql() {
    assertRefused("update m.yearly set amount = 0 where id = 1");
    assertRefused("delete from m.yearly where id = 1");
    assertRefused("insert into m.yearly values (4, 10, 2021, 5)");
    assertRefused("update m.yearly set insurance_year = 2021 where id = 3");
  }

  @Test
  void otherDistrictsAndYearsStayOpen() throws SQLException {
    exec(
        "update m.yearly set amount = 1 where id in (2, 3)",
        "insert into m.yearly values (5, 20, 2021, 5), (6, 10, 2022, 5)",
        "delete from m.yearly where id = 5");
  }

  @Test
  void anIdentitysEndMovesOnlyAfterTheClosedYear() throws SQLException {
    exec(
        "update m.valid set valid_to = date '2022-06-30', batch_id = 7 where id = 1",
        "update m.valid set valid_to = date '2021-12-31' where id = 1");
    assertRefused("update m.valid set valid_to = date '2021-06-30' where id = 1");
    assertRefused("update m.valid set code = 'TEKUN' where id = 1");
    assertRefused("update m.valid set valid_from = date '2021-03-01' where id = 1");
    assertRefused("delete from m.valid where id = 1");
    assertRefused(
        "insert into m.valid (id, owner_id, code, valid_from) values (3, 10, 'X', date '2021-05-01')");
    assertRefused("update m.valid set valid_from = date '2021-12-01' where id = 2");
    exec(
        "insert into m.valid (id, owner_id, code, valid_from) values (4, 10, 'X', date '2022-01-01')",
        "update m.valid set valid_to = date '2022-05-01', code = 'Y' where id = 2",
        "delete from m.valid where id = 4");
  }

  @Test
  void aReopenedYearIsOpenAgain() throws SQLException {
    exec(
        "update kernel.closed_year set status = 'REOPENED'",
        "update m.yearly set amount = 0 where id = 1",
        "update m.valid set valid_to = date '2021-06-30' where id = 1");
  }

  private void assertRefused(String sql) {
    assertThatThrownBy(() -> exec(sql))
        .isInstanceOf(SQLException.class)
        .satisfies(
            e -> {
              assertThat(((SQLException) e).getSQLState()).isEqualTo(YearClosedException.SQL_STATE);
              assertThat(YearClosedException.fromDatabase(e).getMessage())
                  .startsWith("年度锁定：永川区2021年度已锁定，该年度的数据（m.")
                  .endsWith("不能再变更；如确需更正，请系统管理员解除锁定");
            });
  }

  private void exec(String... sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }
}
