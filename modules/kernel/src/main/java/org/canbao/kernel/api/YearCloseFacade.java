package org.canbao.kernel.api;

import java.util.List;

/**
 * 年度锁定: a district bureau administrator closes an insurance year once every module's condition
 * holds (the year-end evaluation is published, {@link YearCloseCheck}); a system administrator
 * reopens it with a reason. Both are audited; see {@link ClosedYears} for what a closed year
 * freezes.
 */
public interface YearCloseFacade {
  /** The years closed (or reopened) in the caller's area, newest first. */
  List<ClosedYearView> list();

  /** The districts the caller may close years of: their own, or every district below their area. */
  List<RegionRef> districts();

  ClosedYearView close(long districtId, int year);

  ClosedYearView reopen(
      long districtId,
      int year,
      @Filled(message = "请填写解除锁定的原因") @MaxLength(value = 300, message = "解除锁定的原因不能超过300字")
          String reason);
}
