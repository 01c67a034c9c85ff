package org.canbao.enrollment.api;

/**
 * Where an enrollment record stands; the names are the values of column {@code
 * enrollment_record.status} (the database's views and its one-active-record index read them).
 */
public enum RecordStatus {
  /** Insures the person for the year. */
  ACTIVE,
  /** Employee insurance that stopped (停保): insures no more from its stop date. */
  STOPPED,
  /** A correction: the record never insured. */
  REVERSED
}
