package org.canbao.enrollment.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database (the zero-setup run's database) with the modules' real migrations
 * as {@code SchemaMigrations} runs them (common folder plus {@code db/vendor/h2}), one village and
 * one person in it, for tests of the database's own rules.
 */
final class H2Registry {
  /** The village's path and the person's id. */
  static final String VILLAGE_PATH = "/900000/900001/";

  static final long PERSON = 1;

  final JdbcDataSource ds = new JdbcDataSource();

  H2Registry(String name) throws SQLException {
    ds.setURL(
        "jdbc:h2:mem:"
            + name
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
        "insert into kernel.region (id, code, level, path) values (900000, '500118', 'DISTRICT', '/900000/'),"
            + " (900001, '500118900001', 'VILLAGE', '"
            + VILLAGE_PATH
            + "')",
        "insert into enrollment.person (id, id_number, name, sex, birth_date, village_id, village_path, status)"
            + " values (1, '500118199001010011', '张三', '男', date '1990-01-01', 900001, '"
            + VILLAGE_PATH
            + "', 'NORMAL')");
  }

  void exec(String... sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
