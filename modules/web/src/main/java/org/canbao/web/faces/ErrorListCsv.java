package org.canbao.web.faces;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The downloadable error lists (下载错误清单) as CSV that Excel opens as written: UTF-8 with BOM, every
 * cell quoted, and a cell Excel would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return — a reason may quote what the uploaded file said) prefixed with an apostrophe
 * (OWASP "CSV injection").
 */
public final class ErrorListCsv {
  private ErrorListCsv() {}

  /**
   * The file: a header 行号,列,原因 and one line per error ({@code row}, {@code column}, {@code
   * reason}).
   */
  public static byte[] of(List<Line> lines) {
    StringBuilder csv = new StringBuilder("\uFEFF行号,列,原因\n");
    for (Line l : lines) {
      csv.append(l.row())
          .append(',')
          .append(cell(l.column()))
          .append(',')
          .append(cell(l.reason()))
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One rejected row. */
  public record Line(int row, String column, String reason) {}

  static String cell(String text) {
    String t = text == null ? "" : text;
    if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    return '"' + t.replace("\"", "\"\"") + '"';
  }
}
