package org.canbao.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.canbao.kernel.api.ModuleSchema;

/**
 * The reporting module owns database schema {@code reporting} and the migrations in {@code
 * db/migration/reporting}.
 */
@ApplicationScoped
public class ReportingSchema implements ModuleSchema {
  @Override
  public String schema() {
    return "reporting";
  }

  @Override
  public int order() {
    return 50;
  }
}
