package org.canbao.enrollment.application;

/**
 * What the check found a staged row to be against the registry: the staging table's {@code outcome}
 * column holds the name, and the commit's statements select rows by it through {@code EnumSql},
 * never by a literal of their own.
 */
public enum RowOutcome {
  /** Not in the registry yet: the commit adds it. */
  NEW,
  /** In the registry with other values: the commit changes it. */
  CHANGED,
  /** In the registry as the file has it: nothing to do. */
  UNCHANGED
}
