package org.canbao.web.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads what an export wrote: the cells of an .xlsx as text, the text of a PDF. */
final class Sheets {
  private Sheets() {}

  /**
   * Every row of the first sheet, each cell as Excel would show it; a text cell stays text (an ID
   * number keeps its 18 digits).
   */
  static List<List<String>> rows(Path xlsx) {
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          Cell c = row.getCell(i);
          cells.add(c == null ? "" : format.formatCellValue(c));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(xlsx + " is no readable xlsx", e);
    }
  }

  /** The text of every page of a PDF (Chinese included when the font maps it to Unicode). */
  static String pdfText(Path pdf) {
    try {
      PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      reader.close();
      return text.toString();
    } catch (IOException e) {
      throw new IllegalStateException(pdf + " is no readable PDF", e);
    }
  }
}
