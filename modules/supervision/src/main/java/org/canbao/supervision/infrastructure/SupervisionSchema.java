package org.canbao.supervision.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.canbao.kernel.api.ModuleSchema;

/**
 * The supervision module owns database schema {@code supervision} and the migrations in {@code
 * db/migration/supervision}.
 */
@ApplicationScoped
public class SupervisionSchema implements ModuleSchema {
  @Override
  public String schema() {
    return "supervision";
  }

  @Override
  public int order() {
    return 30;
  }
}
