package org.canbao.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * Every Excel export (streamed, so that a long list does not fill the memory). Numbers stay
 * numbers, so sums work in Excel, except what only looks like a number: an ID number (18 digits,
 * which Excel would cut to 15 significant digits), a code with leading zeros, or a column marked
 * {@code cb-text} (region codes, batch numbers) — those are written as text cells.
 */
public class CanbaoExcelExporter extends DataTableExcelXStreamExporter {
  /** Longer than Excel's 15 significant digits, or with a leading zero: not a quantity. */
  private static final Pattern NOT_A_QUANTITY =
      Pattern.compile("\\d{16,}[0-9Xx]?|\\d{15}[Xx]|0\\d+");

  static final String TEXT_COLUMN = "cb-text";

  private CellStyle textStyle;

  @Override
  protected void exportCellValue(
      FacesContext context, DataTable table, UIColumn col, ColumnValue value, int i) {
    if (value.getValue() instanceof LocalDate day) {
      // a real date (sortable in Excel), shown as on screen: 2023-05-15
      Cell cell = row().createCell(i);
      cell.setCellStyle(dateStyle());
      cell.setCellValue(day);
      return;
    }
    String text = value.getValue() instanceof String s ? s.strip() : null;
    if (text != null && (isTextColumn(col) || NOT_A_QUANTITY.matcher(text).matches())) {
      Cell cell = row().createCell(i);
      cell.setCellStyle(textStyle());
      cell.setCellValue(text);
    } else {
      super.exportCellValue(context, table, col, value, i);
    }
  }

  @Override
  protected Sheet createSheet(FacesContext context, DataTable table, int index) {
    Sheet sheet = super.createSheet(context, table, index);
    Exports exports = CDI.current().select(Exports.class).get();
    if (exports.isPrintable()) {
      printable(
          sheet,
          Math.max(getExportableColumns(table).size(), 1),
          exports.getTitle(),
          exports.issuedLine());
    }
    return sheet;
  }

  /** Title and issuing rows (0 and 1, the header follows in row 2) and the print setup. */
  void printable(Sheet sheet, int columns, String title, String issued) {
    CellStyle titleStyle = document.createCellStyle();
    Font big = document.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    titleStyle.setFont(big);
    titleStyle.setAlignment(HorizontalAlignment.CENTER);
    CellStyle issuedStyle = document.createCellStyle();
    issuedStyle.setAlignment(HorizontalAlignment.CENTER);
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(26);
    Cell t = titleRow.createCell(0);
    t.setCellValue(title);
    t.setCellStyle(titleStyle);
    Cell i = sheet.createRow(1).createCell(0);
    i.setCellValue(issued);
    i.setCellStyle(issuedStyle);
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
    }
    sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.5);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.getFooter().setCenter("第 &P 页，共 &N 页");
  }

  static boolean isTextColumn(UIColumn col) {
    String classes = col.getStyleClass();
    return classes != null && (" " + classes + " ").contains(" " + TEXT_COLUMN + " ");
  }

  private CellStyle dateStyle;

  private CellStyle dateStyle() {
    if (dateStyle == null) {
      dateStyle = document.createCellStyle();
      dateStyle.setDataFormat(document.createDataFormat().getFormat("yyyy-mm-dd"));
    }
    return dateStyle;
  }

  private CellStyle textStyle() {
    if (textStyle == null) {
      textStyle = document.createCellStyle();
      textStyle.setDataFormat(document.createDataFormat().getFormat("@"));
    }
    return textStyle;
  }
}
