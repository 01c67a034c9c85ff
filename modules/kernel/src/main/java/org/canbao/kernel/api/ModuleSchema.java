package org.canbao.kernel.api;

/**
 * A module's claim on the database: the schema it owns and where its Flyway migrations live ({@code
 * classpath:db/migration/<schema>}). The kernel migrates every claimed schema at start-up, in
 * {@link #order()}, each with its own history table, so each module's migrations stay its own.
 */
public interface ModuleSchema {
  String schema();

  /** Lower first; a module after the modules its tables refer to. */
  int order();
}
