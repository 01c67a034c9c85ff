package org.canbao.web.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
  @Test
  void aConnectionFailureDeepInTheChainIsAnOutage() {
    // what Payara's pool throws when PostgreSQL is stopped, wrapped by JPA and EJB
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: Connection could not be allocated because: Connection to 127.0.0.1:5432 refused.");
    assertTrue(
        DatabaseOutage.causes(
            new RuntimeException(new PersistenceException("could not prepare statement", pool))));
    assertTrue(DatabaseOutage.causes(new SQLException("I/O error", "08006")));
    assertTrue(DatabaseOutage.causes(new IllegalStateException(new java.net.ConnectException())));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertFalse(
        DatabaseOutage.causes(
            new PersistenceException(new SQLException("duplicate key value", "23505"))));
    assertFalse(DatabaseOutage.causes(new IllegalArgumentException("x")));
    assertFalse(DatabaseOutage.causes(null));
  }
}
