package org.canbao.enrollment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.canbao.kernel.api.ModuleSchema;

/**
 * The enrollment module owns database schema {@code enrollment} and the migrations in {@code
 * db/migration/enrollment}.
 */
@ApplicationScoped
public class EnrollmentSchema implements ModuleSchema {
  @Override
  public String schema() {
    return "enrollment";
  }

  @Override
  public int order() {
    return 20;
  }
}
