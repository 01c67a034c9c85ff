package org.canbao.kernel.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.canbao.kernel.api.ModuleSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the database at start-up: each module's schema with its own Flyway history, in module
 * order, plus the module's migrations for this database product if it has any. Hibernate never
 * generates schema (generation is {@code none}); Flyway owns it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {
  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "java:app/jdbc/canbao")
  private DataSource dataSource;

  @Inject @Any private Instance<ModuleSchema> modules;

  private final List<String> applied = new ArrayList<>();

  @PostConstruct
  void migrate() {
    List<ModuleSchema> ordered = new ArrayList<>();
    modules.forEach(ordered::add);
    ordered.sort(Comparator.comparingInt(ModuleSchema::order));
    String vendor = vendor();
    for (ModuleSchema m : ordered) {
      Flyway flyway =
          Flyway.configure(m.getClass().getClassLoader())
              .dataSource(dataSource)
              .schemas(m.schema())
              .defaultSchema(m.schema())
              .createSchemas(true)
              .locations(
                  "classpath:db/migration/" + m.schema(),
                  "classpath:db/vendor/" + vendor + "/" + m.schema())
              .load();
      MigrateResult result = flyway.migrate();
      // the version from the migration's result: flyway.info() would scan the migrations and read
      // the history table once more per schema
      String now =
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion;
      LOG.info(
          () ->
              "Schema "
                  + m.schema()
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at "
                  + now);
      applied.add(m.schema());
    }
  }

  /**
   * The database product ("postgresql", "h2"): a module may add migrations for one product only in
   * {@code classpath:db/vendor/<product>/<schema>} (tuning such as unlogged staging tables),
   * numbered among its common ones.
   */
  private String vendor() {
    try (var c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("数据库连接失败：" + e.getMessage(), e);
    }
  }

  /** Schemas migrated at this start, in order. */
  public List<String> migratedSchemas() {
    return List.copyOf(applied);
  }
}
