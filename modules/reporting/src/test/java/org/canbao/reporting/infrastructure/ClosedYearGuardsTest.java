package org.canbao.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.canbao.kernel.api.YearClosedException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A closed year (年度锁定) in the database for the year-end evaluations (incentives V4) and the
 * publicity postings (reporting V5) on H2, the zero-setup run's database, with every module's real
 * migrations as {@code SchemaMigrations} runs them: plain SQL writing into the closed year of the
 * district is refused, the next year and other districts are not. (Here, where every module's
 * migrations are on the class path; PolicyIT proves the same on PostgreSQL.)
 */
class ClosedYearGuardsTest {
  private static JdbcDataSource ds;

  @BeforeAll
  static void migrate() throws SQLException {
    ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:closedguards;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1");
    for (String schema :
        new String[] {
          "kernel", "subsidies", "enrollment", "supervision", "incentives", "reporting"
        }) {
      Flyway.configure()
          .dataSource(ds)
          .schemas(schema)
          .defaultSchema(schema)
          .createSchemas(true)
          .locations("classpath:db/migration/" + schema, "classpath:db/vendor/h2/" + schema)
          .load()
          .migrate();
    }
    exec(
        "insert into kernel.region (id, code, level, path) values (1, '500118', 'DISTRICT', '/1/'),"
            + " (2, '500118107', 'TOWNSHIP', '/1/2/'), (3, '500102', 'DISTRICT', '/3/'),"
            + " (4, '500102001', 'TOWNSHIP', '/3/4/')",
        "insert into incentives.bulletin (id, area_id, area_path, area_name, insurance_year, bulletin_no,"
            + " as_of, taken_at, taken_by, kind) values (1, 2, '/1/2/', '松溉镇', 2021, 1, date '2020-12-31',"
            + " current_timestamp, 't', 'YEAR_END')",
        evaluation(1, 2, "/1/2/", 2021),
        evaluation(2, 2, "/1/2/", 2022),
        evaluation(3, 4, "/3/4/", 2021),
        result(1),
        result(2),
        result(3),
        posting(1, 2, "/1/2/", 2021),
        posting(2, 2, "/1/2/", 2022),
        posting(3, 4, "/3/4/", 2021),
        "insert into kernel.closed_year (region_id, region_path, region_name, insurance_year, status,"
            + " closed_by, closed_at) values (1, '/1/', '永川区', 2021, 'CLOSED', 'qxadmin', current_timestamp)");
  }

  @Test
  void aClosedYearsEvaluationAndItsResultsCannotBeWritten() {
    refused("update incentives.evaluation set status = 'DRAFT' where id = 1", "evaluation");
    refused("delete from incentives.evaluation where id = 1", "evaluation");
    refused(evaluation(9, 2, "/1/2/", 2021), "evaluation");
    refused(
        "update incentives.evaluation_result set subsidy = 0 where evaluation_id = 1", "result");
    refused("delete from incentives.evaluation_result where evaluation_id = 1", "result");
  }

  @Test
  void aClosedYearsPublicityPostingCannotBeWritten() {
    refused("update reporting.publicity_posting set place = '村委会' where id = 1", "publicity");
    refused("delete from reporting.publicity_posting where id = 1", "publicity");
    refused(posting(9, 2, "/1/2/", 2021), "publicity");
  }

  @Test
  void theNextYearAndOtherDistrictsStayOpen() throws SQLException {
    exec(
        "update incentives.evaluation set reason = '更正' where id in (2, 3)",
        "update incentives.evaluation_result set subsidy = 1 where evaluation_id in (2, 3)",
        "update reporting.publicity_posting set place = '公示栏' where id in (2, 3)");
  }

  private static void refused(String sql, String table) {
    assertThatThrownBy(() -> exec(sql))
        .isInstanceOf(SQLException.class)
        .satisfies(
            e -> {
              assertThat(((SQLException) e).getSQLState()).isEqualTo(YearClosedException.SQL_STATE);
              assertThat(YearClosedException.fromDatabase(e).getMessage())
                  .startsWith("年度锁定：永川区2021年度已锁定")
                  .contains(table);
            });
  }

  private static String evaluation(long id, long township, String path, int year) {
    return "insert into incentives.evaluation (id, township_id, township_path, township_name,"
        + " insurance_year, version_no, status, cutoff, subsidy_basis, snapshot_id, created_by,"
        + " created_at) values ("
        + id
        + ", "
        + township
        + ", '"
        + path
        + "', '镇', "
        + year
        + ", 1, 'PUBLISHED', date '2020-12-31', 'INSURED', 1, 't', current_timestamp)";
  }

  private static String result(long evaluation) {
    return "insert into incentives.evaluation_result (evaluation_id, village_id, village_name,"
        + " registered, target, insured, basis) values ("
        + evaluation
        + ", 5, '村', 10, 9, 9, 9)";
  }

  private static String posting(long id, long region, String path, int year) {
    return "insert into reporting.publicity_posting (id, insurance_year, region_id, region_path,"
        + " region_name, region_level, posted_on, recorded_by, recorded_at) values ("
        + id
        + ", "
        + year
        + ", "
        + region
        + ", '"
        + path
        + "', '镇', 'TOWNSHIP', date '2021-05-01', 't', current_timestamp)";
  }

  private static void exec(String... sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }
}
