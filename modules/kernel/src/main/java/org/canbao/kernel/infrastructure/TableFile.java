package org.canbao.kernel.infrastructure;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.canbao.kernel.api.BusinessException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a name list as rows of header → value, from CSV (UTF-8, with or without BOM, or GBK/GB18030 as
 * office software writes it) or XLSX (first sheet, streamed). Files are refused with a Chinese
 * message when their type is unknown, they are corrupt, empty, or have more rows than allowed.
 */
public final class TableFile {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private final int maxRows;

  public TableFile(int maxRows) {
    this.maxRows = maxRows;
  }

  /** One data row: 1-based row number as a spreadsheet shows it (header is row 1), cells by header. */
  public record Row(int number, Map<String, String> cells) {
    /** The first non-blank value among the given header names (Chinese or English alias). */
    public String get(String... headers) {
      for (String h : headers) {
        String v = cells.get(h.toLowerCase(Locale.ROOT));
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
      return null;
    }
  }

  public List<Row> read(String fileName, InputStream content) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    try {
      byte[] bytes = content.readAllBytes();
      if (bytes.length == 0) {
        throw new BusinessException("file", "文件为空");
      }
      List<Row> rows;
      if (lower.endsWith(".xlsx")) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
          throw new BusinessException("file", "文件不是有效的Excel（.xlsx）文件");
        }
        rows = readXlsx(bytes);
      } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
        rows = readCsv(bytes);
      } else {
        throw new BusinessException("file", "不支持的文件类型，请上传 .xlsx 或 .csv 文件：" + fileName);
      }
      if (rows.isEmpty()) {
        throw new BusinessException("file", "文件中没有数据行");
      }
      return rows;
    } catch (IOException e) {
      throw new BusinessException("file", "无法读取文件：" + e.getMessage());
    }
  }

  private List<Row> readCsv(byte[] bytes) throws IOException {
    Charset cs = isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), cs);
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader)) {
      List<String> headers = null;
      for (CSVRecord rec : parser) {
        if (headers == null) {
          headers = new ArrayList<>();
          for (String h : rec) {
            headers.add(clean(h));
          }
          continue;
        }
        add(rows, (int) rec.getRecordNumber(), headers, rec.toList());
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new BusinessException("file", "CSV格式错误：" + e.getMessage());
    }
    return rows;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private List<Row> readXlsx(byte[] bytes) {
    List<Row> rows = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new BufferedInputStream(new ByteArrayInputStream(bytes)))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new BusinessException("file", "Excel文件中没有工作表");
      }
      try (InputStream sheet = sheets.next()) {
        SheetCollector collector = new SheetCollector(rows);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (BusinessException e) {
      throw e;
    } catch (Exception e) {
      throw new BusinessException("file", "Excel文件已损坏或格式不正确：" + e.getClass().getSimpleName());
    }
    return rows;
  }

  private void add(List<Row> rows, int number, List<String> headers, List<String> values) {
    if (values.stream().allMatch(v -> v == null || v.isBlank())) {
      return;
    }
    if (rows.size() >= maxRows) {
      throw new BusinessException("file", "文件行数超过上限" + maxRows + "行，请分批导入");
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      cells.put(headers.get(i), i < values.size() ? values.get(i) : null);
    }
    rows.add(new Row(number, cells));
  }

  private static String clean(String header) {
    return header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  private final class SheetCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<Row> rows;
    private List<String> headers;
    private final List<String> current = new ArrayList<>();

    SheetCollector(List<Row> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      current.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (headers == null) {
        headers = new ArrayList<>();
        current.forEach(h -> headers.add(clean(h)));
        return;
      }
      add(rows, rowNum + 1, headers, new ArrayList<>(current));
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = new CellReference(ref).getCol();
      while (current.size() < col) {
        current.add(null);
      }
      current.add(value);
    }
  }
}
