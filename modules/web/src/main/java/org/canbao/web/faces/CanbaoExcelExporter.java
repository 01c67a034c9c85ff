package org.canbao.web.faces;

import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * Every Excel export (streamed, so that a long list does not fill the memory). Numbers stay numbers,
 * so sums work in Excel, except what only looks like a number: an ID number (18 digits, which Excel
 * would cut to 15 significant digits), a code with leading zeros, or a column marked {@code
 * cb-text} (region codes, batch numbers) — those are written as text cells.
 */
public class CanbaoExcelExporter extends DataTableExcelXStreamExporter {
  /** Longer than Excel's 15 significant digits, or with a leading zero: not a quantity. */
  private static final Pattern NOT_A_QUANTITY = Pattern.compile("\\d{16,}[0-9Xx]?|\\d{15}[Xx]|0\\d+");
  static final String TEXT_COLUMN = "cb-text";

  private CellStyle textStyle;

  @Override
  protected void exportCellValue(FacesContext context, DataTable table, UIColumn col, ColumnValue value, int i) {
    String text = value.getValue() instanceof String s ? s.strip() : null;
    if (text != null && (isTextColumn(col) || NOT_A_QUANTITY.matcher(text).matches())) {
      Cell cell = row().createCell(i);
      cell.setCellStyle(textStyle());
      cell.setCellValue(text);
    } else {
      super.exportCellValue(context, table, col, value, i);
    }
  }

  static boolean isTextColumn(UIColumn col) {
    String classes = col.getStyleClass();
    return classes != null && (" " + classes + " ").contains(" " + TEXT_COLUMN + " ");
  }

  private CellStyle textStyle() {
    if (textStyle == null) {
      textStyle = document.createCellStyle();
      textStyle.setDataFormat(document.createDataFormat().getFormat("@"));
    }
    return textStyle;
  }
}
