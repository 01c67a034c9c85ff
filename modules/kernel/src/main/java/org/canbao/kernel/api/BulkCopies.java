package org.canbao.kernel.api;

import java.util.List;

/** Makes {@link BulkCopy}s; a CDI bean of the kernel. */
public interface BulkCopies {
  /** A bulk copy into {@code table} (schema-qualified) of {@code columns}, in that order. */
  BulkCopy into(String table, List<String> columns);
}
