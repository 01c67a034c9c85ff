package org.canbao.enrollment.api;

import java.util.List;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.MaxLength;

/**
 * Change requests (变更申请): a village officer does not end an identity, record a death or a move out
 * of the district directly; the change is a request, with a reason and an optional evidence file,
 * that a township officer of the person's township approves — only then is the registry changed, by
 * the registry's own rules — or rejects with a reason. A village officer sees the requests of their
 * village, a township officer those of their township; both steps are audited.
 */
public interface ChangeRequestFacade {
  /**
   * Files a request for a person of the caller's village; {@code evidenceName} and {@code evidence}
   * are optional (PDF, JPEG or PNG by content). A person has at most one pending request.
   */
  ChangeRequestView submit(ChangeRequestDraft draft, String evidenceName, byte[] evidence);

  /** Adds (or replaces) the evidence file of a pending request of the caller's area. */
  ChangeRequestView addEvidence(long id, String fileName, byte[] content);

  /** How many requests of the caller's area are in {@code status} (all when null). */
  long count(ChangeRequestStatus status);

  /** The requests of the caller's area, newest first. */
  List<ChangeRequestView> list(ChangeRequestStatus status, int first, int max);

  ChangeRequestView get(long id);

  /** The requests of one person (newest first), for the person's page. */
  List<ChangeRequestView> ofPerson(long personId);

  /** Approves a pending request of the caller's township and applies the change. */
  ChangeRequestView approve(long id, @MaxLength(value = 300, message = "审批意见不能超过300字") String note);

  /** Rejects a pending request of the caller's township; the reason is required. */
  ChangeRequestView reject(
      long id, @MaxLength(value = 300, message = "驳回原因不能超过300字") String reason);

  /** The request's evidence file, for a caller who may see the request. */
  EvidenceFile evidence(long id);
}
