package org.canbao.archfixture.kernel.api;

import java.sql.ResultSet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Breaks "an api holds no infrastructure": its contract is a POI workbook and a JDBC result set (a
 * caller's connection alone, the transaction a bulk writer writes in, is allowed).
 */
public interface RowReader {
  int rows(Workbook workbook, ResultSet rows);
}
