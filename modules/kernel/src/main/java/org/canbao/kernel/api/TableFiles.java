package org.canbao.kernel.api;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens name lists (CSV in UTF-8 or GBK/GB18030, or the first sheet of an XLSX file) as {@link
 * TableReader}s; a CDI bean of the kernel. Refuses, with a Chinese message, files of an unknown
 * type, corrupt or suspiciously well compressed (zip bombs), empty ones and ones with more rows
 * than allowed.
 */
public interface TableFiles {
  /**
   * Opens {@code file}; its type is judged by {@code fileName}'s extension and checked by content.
   */
  TableReader open(String fileName, Path file, int maxRows);

  /** Reads every row of a small file held in a stream (e.g. an uploaded region list). */
  List<TableReader.Row> readAll(String fileName, InputStream content, int maxRows);
}
