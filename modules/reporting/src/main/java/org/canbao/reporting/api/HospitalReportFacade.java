package org.canbao.reporting.api;

import java.util.List;

/**
 * 医疗机构报告未参保: the follow-up items hospitals' checks produced, of the caller's area, newest first.
 */
public interface HospitalReportFacade {
  List<HospitalReportView> list(int first, int max);

  /** A page sorted by {@code order} (newest first when null), ties newest first. */
  List<HospitalReportView> list(int first, int max, Order order, boolean descending);

  /** The columns the list can be sorted by. */
  enum Order {
    REPORTED_AT,
    ORGANISATION,
    REPORTED_BY,
    ID_NUMBER,
    TOWNSHIP,
    VILLAGE,
    DATE
  }

  long count();
}
