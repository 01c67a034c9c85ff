package org.canbao.enrollment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One active enrollment record per person and year is the database's rule, whoever writes the row
 * (a payment on screen, a payment list's set-based commit): here on H2, the zero-setup run's
 * database, with the modules' real migrations as {@code SchemaMigrations} runs them (common folder
 * plus {@code db/vendor/h2}); {@code RegistryIT} proves the same on PostgreSQL.
 */
class OneActiveRecordConstraintTest {
  private JdbcDataSource ds;

  @BeforeEach
  void migrate() throws SQLException {
    ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:active"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    for (String schema : new String[] {"kernel", "subsidies", "enrollment"}) {
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
        "insert into kernel.region (id, code, level, path) values (900001, '500118900001', 'VILLAGE', '/900001/')",
        "insert into enrollment.person (id, id_number, name, sex, birth_date, village_id, village_path, status)"
            + " values (1, '500118199001010011', '张三', '男', date '1990-01-01', 900001, '/900001/', 'NORMAL')");
  }

  @Test
  void aSecondActiveRecordOfThePersonAndYearIsRefused() throws SQLException {
    exec(record(2023, "ACTIVE"));
    assertThatThrownBy(() -> exec(record(2023, "ACTIVE")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ENROLLMENT_RECORD_ACTIVE_UQ".toLowerCase());
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void reversedRecordsAndOtherYearsStandBesideTheActiveOne() throws SQLException {
    exec(
        record(2023, "REVERSED"),
        record(2023, "REVERSED"),
        record(2023, "ACTIVE"),
        record(2024, "ACTIVE"));
    assertThat(count()).isEqualTo(4);
  }

  @Test
  void reversingTheActiveRecordMakesRoomForItsReplacement() throws SQLException {
    exec(
        record(2023, "ACTIVE"),
        "update enrollment.enrollment_record set status = 'REVERSED'",
        record(2023, "ACTIVE"));
    assertThat(count()).isEqualTo(2);
  }

  private static String record(int year, String status) {
    return "insert into enrollment.enrollment_record (person_id, insurance_year, kind, status, recorded_by, recorded_at)"
        + " values (1, "
        + year
        + ", 'RESIDENT_PAYMENT', '"
        + status
        + "', 'test', current_timestamp)";
  }

  private long count() throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from enrollment.enrollment_record")) {
      rs.next();
      return rs.getLong(1);
    }
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
