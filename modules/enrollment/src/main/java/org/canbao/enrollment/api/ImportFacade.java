package org.canbao.enrollment.api;

import java.io.InputStream;
import java.util.List;

/**
 * The name-list import pipeline: a file is stored, checked row by row in a background job (Jakarta
 * Batch) without writing to the registry, and committed on request all-or-nothing. Importing the
 * same rows again changes nothing.
 */
public interface ImportFacade {
  /**
   * Stores the file and starts its check; refuses wrong types and headers at once. {@code
   * categoryCode} names the category of an identity list without a category column; {@code year} is
   * the insurance year of a payment list.
   */
  ImportView start(
      ImportKind kind, String fileName, InputStream content, String categoryCode, Integer year);

  /** The list kinds the caller may upload (role, and for a department provider its department). */
  List<ImportKind> uploadableKinds();

  /** Codes of the identity categories the caller may upload lists of. */
  List<String> uploadableCategories();

  ImportView get(long batchId);

  /**
   * Imports visible to the caller: their own, or all of their area for administrators and officers.
   */
  List<ImportView> history(int max);

  List<ImportError> errors(long batchId, int max);

  /** The notes (提示) on accepted rows of a checked batch, by row; they do not block the commit. */
  List<ImportNote> notes(long batchId, int max);

  /** Writes a checked batch without rejected rows to the registry, in one transaction. */
  ImportView commit(long batchId);

  /** Starts a failed check or commit again from where it stopped. */
  ImportView restart(long batchId);
}
