package org.canbao.web.faces;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTablePDFExporter;

/**
 * Every PDF export: A4 landscape, the page's title, the issuing office and the date above the
 * table, and the text set in a Chinese font embedded in the file (Droid Sans Fallback, shipped in
 * the WAR) with Helvetica for Latin letters and digits (the Chinese font has none), so that the
 * printout reads the same on any computer.
 */
public class CanbaoPdfExporter extends DataTablePDFExporter {
  static final String FONT_ALIAS = "canbao-cjk";
  private static volatile boolean registered;

  @Override
  protected Document createDocument(FacesContext context) throws IOException {
    registerFont();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, os());
      document.open();
      Exports exports = CDI.current().select(Exports.class).get();
      Paragraph title = new Paragraph(text(exports.getTitle(), 16, Font.BOLD));
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph meta = new Paragraph(text(exports.issuedLine(), 10, Font.NORMAL));
      meta.setAlignment(Element.ALIGN_CENTER);
      meta.setSpacingAfter(8);
      document.add(meta);
    } catch (DocumentException e) {
      throw new IOException(e);
    }
    applyFont(FONT_ALIAS, BaseFont.IDENTITY_H);
    return document;
  }

  /**
   * Relative column widths of the table being exported: an ID number column gets room for 18
   * digits.
   */
  private float[] widths;

  @Override
  protected void exportTable(FacesContext context, DataTable table, int index) throws IOException {
    List<UIColumn> columns = getExportableColumns(table);
    widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      String classes = columns.get(i).getStyleClass();
      widths[i] = classes != null && classes.contains("cb-id") ? 2.6f : 1f;
    }
    super.exportTable(context, table, index);
  }

  /** Every cell (headers and values) set again in the two fonts, keeping its size and weight. */
  @Override
  protected void addCell(PdfPTable table, PdfPCell cell) {
    if (widths != null && widths.length == table.getNumberOfColumns()) {
      try {
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
      widths = null;
    }
    Phrase phrase = cell.getPhrase();
    if (phrase != null && !phrase.getChunks().isEmpty()) {
      Font used = ((Chunk) phrase.getChunks().get(0)).getFont();
      cell.setPhrase(
          text(
              phrase.getContent(),
              used.getSize() > 0 ? used.getSize() : 10,
              used.getStyle() < 0 ? Font.NORMAL : used.getStyle()));
    }
    super.addCell(table, cell);
  }

  /**
   * Text in Helvetica where it has the glyphs (Latin, digits) and in the embedded Chinese font
   * elsewhere.
   */
  public static Phrase text(String text, float size, int style) {
    registerFont();
    FontSelector selector = new FontSelector();
    selector.addFont(FontFactory.getFont(FontFactory.HELVETICA, size, style));
    selector.addFont(
        FontFactory.getFont(FONT_ALIAS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, size, style));
    return selector.process(text == null ? "" : text);
  }

  /** OpenPDF reads fonts from files: the one in the WAR is copied to a temporary file once. */
  static void registerFont() {
    if (registered) {
      return;
    }
    synchronized (CanbaoPdfExporter.class) {
      if (registered) {
        return;
      }
      try (InputStream in =
          CanbaoPdfExporter.class.getResourceAsStream(
              "/org/canbao/web/fonts/DroidSansFallback.ttf")) {
        Path file = Files.createTempFile("canbao-cjk", ".ttf");
        file.toFile().deleteOnExit();
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        FontFactory.register(file.toString(), FONT_ALIAS);
        registered = true;
      } catch (IOException e) {
        throw new UncheckedIOException("中文字体无法加载，PDF 导出不可用", e);
      }
    }
  }
}
