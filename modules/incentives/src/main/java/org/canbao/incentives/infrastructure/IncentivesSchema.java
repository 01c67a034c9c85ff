package org.canbao.incentives.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.canbao.kernel.api.ModuleSchema;

/**
 * The incentives module owns database schema {@code incentives} and the migrations in {@code
 * db/migration/incentives}.
 */
@ApplicationScoped
public class IncentivesSchema implements ModuleSchema {
  @Override
  public String schema() {
    return "incentives";
  }

  @Override
  public int order() {
    return 40;
  }
}
