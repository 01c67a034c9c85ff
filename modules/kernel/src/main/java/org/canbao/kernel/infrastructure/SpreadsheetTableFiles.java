package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;

/** Name lists read with commons-csv and POI ({@link SpreadsheetTableReader}). */
@ApplicationScoped
public class SpreadsheetTableFiles implements TableFiles {
  @Override
  public TableReader open(String fileName, Path file, int maxRows) {
    return SpreadsheetTableReader.open(fileName, file, maxRows);
  }

  @Override
  public List<TableReader.Row> readAll(String fileName, InputStream content, int maxRows) {
    return SpreadsheetTableReader.readAll(fileName, content, maxRows);
  }
}
