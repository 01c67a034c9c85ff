package org.canbao.enrollment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One active enrollment record per person and year is the database's rule, whoever writes the row
 * (a payment on screen, a payment list's set-based commit): here on H2, the zero-setup run's
 * database, with the modules' real migrations as {@code SchemaMigrations} runs them (common folder
 * plus {@code db/vendor/h2}); {@code RegistryIT} proves the same on PostgreSQL.
 */
class OneActiveRecordConstraintTest {
  private H2Registry db;

  @BeforeEach
  void migrate() throws SQLException {
    db = new H2Registry("active");
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
    return db.count("select count(*) from enrollment.enrollment_record");
  }

  private void exec(String... sql) throws SQLException {
    db.exec(sql);
  }
}
