package org.canbao.reporting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.MaxLength;

/**
 * The uninsured follow-up ledger (未参保人员跟进台账) and the cross-checks that fill it. Village officers
 * work their village's items (reason, contact, evidence), township officers review them; everyone
 * sees only the items of their area. Every change is audited.
 */
public interface FollowUpFacade {
  /**
   * Compares an area of the caller's (a township or village) with enrollment for {@code year} and
   * updates the ledger: new uninsured people are added, people already in it keep their reason and
   * status, people insured by now are marked enrolled. {@code month} (yyyy-MM) is for {@link
   * CrossCheckKind#NEW_POOR} (the identities certified in that month) and {@link
   * CrossCheckKind#EMPLOYEE_LAPSE} (employee insurance stopped by the month's end; a month of
   * {@code year} that has begun). {@link CrossCheckKind#COLLEGE} runs from 1 September of {@code
   * year - 1} on.
   */
  CrossCheckResult crossCheck(CrossCheckKind kind, int year, long areaId, String month);

  long count(FollowUpQuery query);

  List<FollowUpView> list(FollowUpQuery query, int first, int max);

  FollowUpView get(long id);

  /**
   * Sets the reason (with a note; {@link FollowUpReason#OTHER} needs one) and the status; who and
   * when are recorded.
   */
  FollowUpView update(
      long id,
      FollowUpReason reason,
      @MaxLength(value = 500, message = "原因说明不能超过500字") String note,
      FollowUpStatus status);

  /** Adds an evidence file: PDF, JPEG or PNG by content, within the size and count limits. */
  FollowUpView addEvidence(long id, String fileName, byte[] content);

  /** An evidence file, for those who may see its item. */
  EvidenceFile evidence(long evidenceId);

  /**
   * A medical institution found a patient not insured at admission (即保即享受): the person (by ID
   * number, registered in Canbao) gets or keeps an item in the ledger of their village for the year
   * of {@code admitted}, marked as found by a hospital. Returns the item's id; empty when the
   * person is not registered here or is insured for that year.
   */
  Optional<Long> reportFromHospital(String idNumber, String institution, LocalDate admitted);
}
