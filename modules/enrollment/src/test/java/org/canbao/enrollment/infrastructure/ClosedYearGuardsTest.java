package org.canbao.enrollment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A closed year (年度锁定) is the database's rule too, whoever writes: on H2, the zero-setup run's
 * database, enrollment's V18 registers its tables with the kernel's trigger; {@code RegistryIT}
 * runs the same cases on PostgreSQL's PL/pgSQL triggers. Each case is compared with {@code
 * Validity}.
 */
class ClosedYearGuardsTest {
  private H2Registry db;

  @BeforeEach
  void migrate() throws SQLException {
    db = new H2Registry("closed");
  }

  @Test
  void recordsOfAClosedYearCannotBeWrittenByPlainSql() throws SQLException {
    try (Connection c = db.ds.getConnection()) {
      c.setAutoCommit(false);
      assertThat(new ClosedYearCases(c).records()).isEmpty();
      c.rollback();
    }
  }

  @Test
  void identitiesKeepWhatTheySayOfAClosedYear() throws SQLException {
    try (Connection c = db.ds.getConnection()) {
      c.setAutoCommit(false);
      assertThat(new ClosedYearCases(c).identities(60, 15L)).isEmpty();
      c.rollback();
    }
  }
}
