package org.canbao.reporting.api;

import java.util.List;
import org.canbao.kernel.api.MaxLength;

/**
 * The steps of an alert's lifecycle, each recorded with who and when and audited: the district
 * pushes new alerts to their township; the township verifies (a note and evidence files), asks
 * departments for help and closes; each department asked records its answer.
 */
public interface AlertWorkFacade {
  /** Pushes a new alert to its township for verification. */
  AlertDetail push(long id, @MaxLength(value = 1000, message = "说明不能超过1000字") String note);

  /** Pushes every new alert of the area and year; how many. */
  int pushAll(int year, long areaId);

  /** Adds an evidence file of the verification: PDF, JPEG or PNG by content. */
  AlertDetail addEvidence(long id, String fileName, byte[] content);

  /** The township confirms its verification: what it found; needs an evidence file. */
  AlertDetail verify(long id, @MaxLength(value = 1000, message = "核实情况不能超过1000字") String note);

  /** Asks one or more departments for help. */
  AlertDetail requestHelp(
      long id,
      List<String> departments,
      @MaxLength(value = 1000, message = "帮扶申请说明不能超过1000字") String note);

  /**
   * A department records what it did; {@code department} null: the caller's own (a department's
   * account).
   */
  AlertDetail answer(
      long id, String department, @MaxLength(value = 1000, message = "帮扶情况不能超过1000字") String note);

  /** Closes a verified alert that needs no help, or one whose departments have all answered. */
  AlertDetail close(long id, @MaxLength(value = 1000, message = "办结说明不能超过1000字") String note);
}
