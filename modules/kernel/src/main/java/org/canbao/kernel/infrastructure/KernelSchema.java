package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.canbao.kernel.api.ModuleSchema;

/** The kernel owns schema {@code kernel}: regions, users, the audit revision tables. */
@ApplicationScoped
public class KernelSchema implements ModuleSchema {
  @Override
  public String schema() {
    return "kernel";
  }

  @Override
  public int order() {
    return 0;
  }
}
