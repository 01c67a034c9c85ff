package org.canbao.enrollment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.application.ImportStaging.Existing;
import org.canbao.enrollment.application.ImportStaging.Outcome;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.TableReader;

/**
 * One kind of name list, all in one place: the columns its file must have, the checks of its rows,
 * the outcome of a row against the registry, the staging columns, and its set-based commit. The
 * pipeline ({@link ImportWork}, {@link NameListRules}) finds a kind through {@link ListKinds}: a
 * new kind of list is one new class implementing this (a CDI bean) and its {@link ImportKind}
 * constant.
 */
public interface ListKind {
  ImportKind kind();

  /** Columns a file of this kind lacks (by their Chinese name), given the rules of the upload. */
  List<String> missingColumns(NameListRules rules, TableReader reader);

  /** Checks and reads the kind's own cells of a row into {@code row}, adding errors. */
  void check(
      NameListRules rules,
      TableReader.Row source,
      NameListRules.Cells row,
      List<ImportError> errors);

  /**
   * The outcome of each accepted row of a chunk against the registry ({@code persons}: the
   * registered persons the chunk names, by ID number); a row that cannot be taken adds an error
   * instead.
   */
  List<Outcome> outcomes(
      ImportWork.Context ctx,
      List<StagedRow> rows,
      Map<String, Existing> persons,
      List<ImportError> errors);

  /**
   * The columns of {@code enrollment.import_row} a row of this kind fills, in the order of {@link
   * #staged}.
   */
  List<String> stagingColumns();

  /** A staged row's values in {@link #stagingColumns} order. */
  Object[] staged(long batchId, Outcome o);

  /**
   * The staging columns of a kind: the ones every kind writes first (the batch, the row, and the
   * person as the file names them), then its own.
   */
  static List<String> stagingColumns(String... own) {
    return Stream.concat(
            Stream.of("batch_id", "row_no", "id_number", "name", "sex", "birth_date"),
            Stream.of(own))
        .toList();
  }

  /** A staged row's values in the order of {@link #stagingColumns(String...)}. */
  static Object[] staged(long batchId, StagedRow r, Object... own) {
    Object[] values = new Object[6 + own.length];
    values[0] = batchId;
    values[1] = r.rowNo();
    values[2] = r.idNumber();
    values[3] = r.name();
    values[4] = r.sex();
    values[5] = r.birthDate();
    System.arraycopy(own, 0, values, 6, own.length);
    return values;
  }

  /**
   * A query of the villages a batch's commit changes, read before the commit (every parameter: the
   * batch's id); not asked when {@link #change} is null.
   */
  String changedVillages();

  /**
   * Writes the checked batch to the registry, set-wise, with its audit revision; {@code today} in
   * China.
   */
  void commit(ImportBatch batch, ImportStaging.Statements sql, String note, LocalDate today);

  /**
   * What the other modules hear of a committed batch of this kind, for the villages it changed;
   * null for a list that changes no campaign figure (medical-cost extracts), which announces its
   * commit with an event of its own if anyone needs to hear of it.
   */
  EnrollmentChanged.Kind change();

  /** Whether a person may appear once per category (identity lists) instead of once per file. */
  default boolean repeatsPerCategory() {
    return false;
  }
}
