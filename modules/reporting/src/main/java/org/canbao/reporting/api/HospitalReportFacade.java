package org.canbao.reporting.api;

import java.util.List;

/** 医疗机构报告未参保: the follow-up items hospitals' checks produced, of the caller's area, newest first. */
public interface HospitalReportFacade {
  List<HospitalReportView> list(int first, int max);

  long count();
}
