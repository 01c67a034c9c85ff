package org.canbao.enrollment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * The import pipeline's bulk storage, as the pipeline needs it: what the registry holds for a
 * chunk, the staged rows of a batch and their counts, and one connection for a batch's set-based
 * commit. Declared here, implemented by the infrastructure (plain JDBC, COPY on PostgreSQL), so
 * that the pipeline runs one way: batch artifacts → application → domain.
 */
public interface ImportStaging {
  /** What the registry holds of a person, for comparing with a list row. */
  record Existing(
      long id,
      String idNumber,
      String name,
      String householdNo,
      String relation,
      long villageId,
      String villagePath,
      HouseholdType householdType) {}

  /** An identity the registry holds. */
  record ExistingIdentity(
      long id, long personId, String categoryCode, LocalDate validFrom, LocalDate validTo) {}

  /** An enrollment record the registry holds for a person and year. */
  record ExistingRecord(
      long id,
      long personId,
      EnrollmentKind kind,
      InsuredType insuredType,
      Tier tier,
      LocalDate paymentDate,
      boolean active) {
    /** The same payment as a list row reports (re-importing a list changes nothing). */
    public boolean samePayment(StagedRow.Payment p) {
      return kind == EnrollmentKind.RESIDENT_PAYMENT
          && insuredType == p.insuredType()
          && tier == p.tier()
          && p.date().equals(paymentDate);
    }

    public String describe() {
      return kind.label()
          + (paymentDate == null
              ? ""
              : "，" + paymentDate + (tier == null ? "" : " " + tier.label()));
    }
  }

  /**
   * Staged row with its outcome and the record it matched; for a payment, its price and the
   * reversed record it replaces.
   */
  record Outcome(
      StagedRow row,
      RowOutcome outcome,
      Long personId,
      Long identityId,
      Quote quote,
      Long replacesId) {}

  /** How many staged rows a batch has per outcome, how many rows were refused and noted. */
  record Counts(Map<RowOutcome, Integer> outcomes, int rejected, int noted) {
    public int of(RowOutcome outcome) {
      return outcomes.getOrDefault(outcome, 0);
    }
  }

  /** The set-based statements of one commit, all on one connection in the commit's transaction. */
  interface Statements {
    /** Runs an insert, update or merge; {@link LocalDate} parameters are bound as dates. */
    int run(String sql, Object... params);

    /**
     * Opens the commit's audit revision (kernel's, one per commit) naming the entity type written;
     * its number.
     */
    long audit(String username, Class<?> entity, String note);
  }

  Map<String, Existing> persons(Collection<String> idNumbers);

  List<ExistingIdentity> identities(Collection<Long> personIds);

  List<ExistingRecord> records(Collection<Long> personIds, int year);

  /**
   * After a restart: what the interrupted run staged before {@code row}, so repeats are still
   * found.
   */
  SeenInFile stagedBefore(long batchId, int row, boolean perCategory);

  /**
   * Gives the database's planner the staged batch's statistics before the commit joins it with the
   * registry.
   */
  void analyse();

  /**
   * Gives the database's planner the registry's statistics after a commit wrote many rows (see
   * {@link ImportWork#ANALYSE_FROM}), in the commit's transaction.
   */
  void analyseRegistry();

  /** How many rows are staged for a batch. */
  int stagedRows(long batchId);

  /**
   * Stages a chunk: {@code rows} hold the values of {@code columns} of the staging table, in order;
   * the batch's processed rows grow by {@code processed}.
   */
  void stage(
      long batchId,
      List<String> columns,
      List<Object[]> rows,
      List<ImportError> errors,
      int processed);

  /** Removes what an interrupted run staged for these rows, so re-staging a chunk is idempotent. */
  void forgetRows(long batchId, int fromRow, int toRow);

  void setTotal(long batchId, int total);

  /** Removes what an earlier, failed run staged, so a check can run again from the start. */
  void clear(long batchId);

  /**
   * Counts per outcome, the number of rejected rows under the key REJECTED, of noted ones under
   * NOTED.
   */
  Counts counts(long batchId);

  List<ImportError> errors(long batchId, int max);

  List<ImportNote> notes(long batchId, int max);

  /**
   * The ids a query gives (its every parameter is the batch's id): the villages a commit changes.
   */
  Set<Long> ids(String sql, long batchId);

  /**
   * Runs a commit's statements on one connection of the current transaction. A statement that
   * breaks a unique index throws {@link UniqueViolation}; any other database error an {@link
   * IllegalStateException}.
   */
  void commit(Consumer<Statements> work);

  /**
   * A statement broke a unique index of the database (which holds such rules, e.g. one active
   * record per person and year).
   */
  final class UniqueViolation extends RuntimeException {
    public UniqueViolation(Throwable cause) {
      super(cause);
    }
  }

  /**
   * Records in the audit trail, in the current transaction, what background work did to batches (a
   * revision by "system" with {@code note} only: no audited entity changed).
   */
  void auditNote(String note);

  /**
   * When the commit of a batch went through (the time of its revision), or empty if it never did.
   */
  Optional<Instant> committedAt(long batchId);

  /**
   * How the note of a batch's revision begins ("导入批次 #12 公安户籍名单 …"). The revision is written in the
   * commit's one transaction, so it exists exactly when the batch's rows were written.
   */
  static String revisionNote(long batchId) {
    return "导入批次 #" + batchId + " ";
  }
}
