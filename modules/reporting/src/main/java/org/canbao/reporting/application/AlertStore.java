package org.canbao.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.domain.AlertLines;
import org.canbao.reporting.domain.MedicalAlert;

/**
 * The return-to-poverty computation of an area as one set-wise operation in the caller's
 * transaction, and the costs behind an alert: implemented in reporting's infrastructure ({@code
 * JdbcAlertStore}) over the views enrollment publishes ({@code v_medical_cost_year}, {@code
 * v_registered_person}, {@code v_person_identity}, {@code v_medical_cost}).
 */
public interface AlertStore {
  /**
   * What a computation did: people over their line now, alerts created and alerts whose figures
   * changed, the audit revision.
   */
  record Outcome(int overLine, int created, int updated, long revision) {}

  /**
   * Compares the year so far of every person of the area (scope path prefix) with their line
   * ({@link AlertLines}): a person reaching it without an alert of the year gets one ({@link
   * MedicalAlert}, 新预警, due to be pushed on {@code pushDue}, a first step in its history); an
   * existing alert takes the latest figures, group and line. Every alert created or changed is
   * marked with {@code runId} and gets an audit row under one revision by {@code username} at
   * {@code at}, whose note {@code note} writes from the outcome.
   */
  Outcome compute(
      int year,
      String areaPath,
      AlertLines lines,
      long runId,
      String username,
      Instant at,
      LocalDate pushDue,
      Function<Outcome, String> note);

  /** The months of costs held for a person and year, in month order. */
  List<AlertDetail.CostMonth> months(long personId, int year);
}
