package org.canbao.subsidies.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.canbao.kernel.api.ModuleSchema;

/**
 * The subsidies module owns database schema {@code subsidies} and the migrations in {@code
 * db/migration/subsidies}.
 */
@ApplicationScoped
public class SubsidiesSchema implements ModuleSchema {
  @Override
  public String schema() {
    return "subsidies";
  }

  @Override
  public int order() {
    return 10;
  }
}
