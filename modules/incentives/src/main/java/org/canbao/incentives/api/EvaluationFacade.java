package org.canbao.incentives.api;

import java.util.List;
import org.canbao.kernel.api.MaxLength;

/**
 * The year-end evaluation of a township's villages (DOMAIN.md §9): computed from the snapshot at
 * the cut-off date, then reviewed (township), confirmed and published (district). Published results
 * never change; a correction is a new version with its reason.
 */
public interface EvaluationFacade {
  /** Computes the draft of the township's evaluation (again, while it is a draft). */
  EvaluationView evaluate(int year, long townshipId);

  EvaluationView review(long id);

  EvaluationView confirm(long id);

  EvaluationView publish(long id);

  /** A new version of a published evaluation, computed afresh, with the reason for it. */
  EvaluationView correct(long id, @MaxLength(value = 300, message = "更正原因不能超过300字") String reason);

  /** The evaluations of the townships inside the area, newest version first. */
  List<EvaluationView> list(int year, long areaId);

  EvaluationView get(long id);
}
