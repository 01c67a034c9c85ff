package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.canbao.kernel.api.BulkCopies;
import org.canbao.kernel.api.BulkCopy;

/** {@link PgBulkCopy}s: COPY on PostgreSQL, batched inserts on H2. */
@ApplicationScoped
public class PgBulkCopies implements BulkCopies {
  @Override
  public BulkCopy into(String table, List<String> columns) {
    return new PgBulkCopy(table, columns);
  }
}
