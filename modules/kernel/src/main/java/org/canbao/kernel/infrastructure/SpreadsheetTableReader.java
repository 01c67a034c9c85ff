package org.canbao.kernel.infrastructure;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.TableReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Streams a name list row by row, never holding the file in memory: CSV (UTF-8 with or without BOM,
 * or GBK/GB18030 as office software writes it) or XLSX (first sheet, read with POI's SAX event API
 * into a temporary CSV first). Refuses, with a Chinese message, files of an unknown type, corrupt
 * or suspiciously well compressed (zip bombs), empty ones and ones with more rows than allowed.
 *
 * <p>Spreadsheet numbers (XLSX cells of number type) are read as the spreadsheet shows them, except
 * whole numbers that the shown form would cut or write with an exponent: a 12-digit village code
 * shown as {@code 5.00118E+11} reads {@code 500118107001}. Excel keeps 15 significant digits of a
 * number, so a longer one (an 18-digit ID number in a column not formatted as text, shown as {@code
 * 5.00118E+17}) has lost its last digits; such a cell reads as shown and is flagged ({@link
 * Row#inexactNumber}) so that the caller names the cause instead of misreading it. A cell holding
 * more digits than a spreadsheet number can carry (written by a program from an exact integer, not
 * from a floating-point value) is exact and reads with all its digits.
 *
 * <p>Modules get it through {@link org.canbao.kernel.api.TableFiles}.
 */
public final class SpreadsheetTableReader implements TableReader {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SNIFF_BYTES = 1 << 20;

  /**
   * Prefix, in the temporary CSV of an XLSX file, of a number cell that lost digits (a private-use
   * character; a text cell that begins with it is written with it doubled).
   */
  private static final char INEXACT = '\uE000';

  /** Whole numbers from here on have more digits than the 15 a spreadsheet number keeps exactly. */
  private static final BigDecimal SIXTEEN_DIGITS = BigDecimal.TEN.pow(15);

  /** A number as the General format shows it with an exponent, e.g. {@code 5.00118E+11}. */
  private static final Pattern EXPONENT = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d+");

  private final int maxRows;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> headers;
  private final Map<String, Integer> columns = new HashMap<>();
  private final Path temp;
  private final Path source;
  private Row next;
  private int count;

  private final boolean fromSpreadsheet;

  private SpreadsheetTableReader(Reader reader, Path source, Path temp, int maxRows)
      throws IOException {
    this.maxRows = maxRows;
    this.fromSpreadsheet = temp != null;
    this.temp = temp;
    this.source = source;
    this.parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader);
    this.records = parser.iterator();
    CSVRecord header = header();
    if (header == null) {
      close();
      throw new BusinessException("file", "文件为空");
    }
    List<String> h = new ArrayList<>();
    for (String cell : unmark(Arrays.asList(header.values()), null)) {
      h.add(cell == null ? "" : cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
    }
    this.headers = List.copyOf(h);
    for (int i = h.size() - 1; i >= 0; i--) {
      columns.put(h.get(i), i);
    }
    try {
      advance();
    } catch (BusinessException e) {
      close();
      throw e;
    }
    if (next == null) {
      close();
      throw new BusinessException("file", "文件中没有数据行");
    }
  }

  /**
   * Opens {@code file}; its type is judged by {@code fileName}'s extension and checked by content.
   */
  static TableReader open(String fileName, Path file, int maxRows) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    try {
      if (Files.size(file) == 0) {
        throw new BusinessException("file", "文件为空");
      }
      if (lower.endsWith(".xlsx")) {
        Path csv = xlsxToCsv(file);
        return new SpreadsheetTableReader(
            Files.newBufferedReader(csv, StandardCharsets.UTF_8), csv, csv, maxRows);
      }
      if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
        return new SpreadsheetTableReader(
            Files.newBufferedReader(file, sniffCharset(file)), file, null, maxRows);
      }
      throw new BusinessException("file", "不支持的文件类型，请上传 .xlsx 或 .csv 文件：" + fileName);
    } catch (IOException e) {
      throw new BusinessException("file", "无法读取文件：" + e.getMessage());
    }
  }

  /** Reads every row of a small file held in a stream (e.g. an uploaded region list). */
  static List<Row> readAll(String fileName, InputStream content, int maxRows) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("canbao-upload", ".bin");
      try (InputStream in = content) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      try (TableReader reader = open(fileName, tmp, maxRows)) {
        List<Row> rows = new ArrayList<>();
        reader.forEachRemaining(rows::add);
        return rows;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        tmp.toFile().delete();
      }
    }
  }

  /**
   * Data rows the file holds, counted by line breaks (for progress bars; exact unless cells span
   * lines).
   */
  @Override
  public int estimatedRows() {
    long lines = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(source)) {
      int n;
      byte last = '\n';
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
        last = buf[n - 1];
      }
      if (last != '\n') {
        lines++;
      }
    } catch (IOException e) {
      return 0;
    }
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
  }

  @Override
  public List<String> headers() {
    return headers;
  }

  /** Whether one of the given header names (any alias) is present. */
  @Override
  public boolean hasColumn(String... names) {
    for (String n : names) {
      if (headers.contains(n.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public Row next() {
    Row r = next;
    if (r == null) {
      throw new NoSuchElementException();
    }
    advance();
    return r;
  }

  /** Title rows above the header ("附件1", "松溉镇2023年城乡居民医保筹资任务表"), as offices write them. */
  private final List<String> titles = new ArrayList<>();

  /** Rows read while looking for the header that turned out to be data. */
  private final Deque<CSVRecord> pending = new ArrayDeque<>();

  /**
   * The header: the first row with two or more cells, after up to ten title rows of one cell each
   * (a sheet's title above its table, merged across the columns). A file whose first rows all have
   * one cell is a one-column list: its first row is the header.
   */
  private CSVRecord header() {
    List<CSVRecord> single = new ArrayList<>();
    while (records.hasNext() && single.size() < 10) {
      CSVRecord rec = records.next();
      long cells = Arrays.stream(rec.values()).filter(v -> v != null && !v.isBlank()).count();
      if (cells >= 2) {
        single.forEach(
            t ->
                titles.add(
                    Arrays.stream(t.values())
                        .filter(v -> v != null && !v.isBlank())
                        .findFirst()
                        .orElse("")));
        return rec;
      }
      if (cells == 1) {
        single.add(rec);
      }
    }
    if (single.isEmpty()) {
      return null;
    }
    pending.addAll(single.subList(1, single.size()));
    return single.get(0);
  }

  /** The title rows above the header, if any. */
  @Override
  public List<String> titles() {
    return List.copyOf(titles);
  }

  private void advance() {
    next = null;
    try {
      while (!pending.isEmpty() || records.hasNext()) {
        CSVRecord rec = !pending.isEmpty() ? pending.poll() : records.next();
        List<String> values = Arrays.asList(rec.values());
        if (blank(values)) {
          continue;
        }
        if (++count > maxRows) {
          throw new BusinessException("file", "文件行数超过上限" + maxRows + "行，请分批导入");
        }
        BitSet inexact = null;
        if (fromSpreadsheet) {
          inexact = new BitSet();
          values = unmark(values, inexact);
        }
        next =
            new Row(
                (int) rec.getRecordNumber(),
                columns,
                values,
                inexact == null || inexact.isEmpty() ? null : inexact);
        return;
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new BusinessException("file", "CSV格式错误：" + e.getMessage());
    }
  }

  /**
   * Takes the marks of {@link #INEXACT} numbers off a row of an XLSX file's CSV, noting their
   * columns.
   */
  private List<String> unmark(List<String> values, BitSet inexact) {
    if (!fromSpreadsheet) {
      return values;
    }
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v != null && !v.isEmpty() && v.charAt(0) == INEXACT) {
        if (v.length() < 2 || v.charAt(1) != INEXACT) {
          if (inexact != null) {
            inexact.set(i);
          }
        }
        values.set(i, v.substring(1));
      }
    }
    return values;
  }

  private static boolean blank(List<String> values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      parser.close();
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Charset sniffCharset(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    int len = head.length;
    if (len == SNIFF_BYTES) {
      // do not judge the last multi-byte sequence, which the sample may cut: step back over its
      // continuation bytes (10xxxxxx) to its lead byte (11xxxxxx) and leave it out
      int i = len - 1;
      while (i > len - 4 && (head[i] & 0xC0) == 0x80) {
        i--;
      }
      if ((head[i] & 0xC0) == 0xC0) {
        len = i;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, len));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return GB18030;
    }
  }

  /** Streams the first sheet into a temporary UTF-8 CSV with POI's event API (constant memory). */
  private static Path xlsxToCsv(Path file) throws IOException {
    try (InputStream probe = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] magic = probe.readNBytes(2);
      if (magic.length < 2 || magic[0] != 'P' || magic[1] != 'K') {
        throw new BusinessException("file", "文件不是有效的Excel（.xlsx）文件");
      }
    }
    // zip-bomb guards: refuse entries that inflate more than 100x or beyond 500 MB
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(500L * 1024 * 1024);
    Path csv = Files.createTempFile("canbao-sheet", ".csv");
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new BusinessException("file", "Excel文件中没有工作表");
      }
      try (InputStream sheet = sheets.next()) {
        CellTypes types = new CellTypes(XMLHelper.newXMLReader());
        types.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                strings,
                new SheetToCsv(printer, types),
                new DataFormatter(),
                false));
        types.parse(new InputSource(sheet));
      }
    } catch (BusinessException e) {
      Files.deleteIfExists(csv);
      throw e;
    } catch (Exception e) {
      Files.deleteIfExists(csv);
      String why =
          String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
              ? "Excel文件疑似压缩炸弹，已拒绝"
              : "Excel文件已损坏或格式不正确";
      throw new BusinessException("file", why + "（" + e.getClass().getSimpleName() + "）");
    }
    return csv;
  }

  /**
   * Watches the sheet's XML on its way to POI's handler for what that handler does not pass on:
   * whether the cell is a number ({@code t} absent or {@code n}) and its value as the file stores
   * it.
   */
  private static final class CellTypes extends XMLFilterImpl {
    private final StringBuilder stored = new StringBuilder();
    private boolean number;
    private boolean inValue;

    CellTypes(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if ("c".equals(localName)) {
        String t = atts.getValue("t");
        number = t == null || "n".equals(t);
        stored.setLength(0);
      } else if ("v".equals(localName)) {
        inValue = true;
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inValue) {
        stored.append(ch, start, length);
      }
      super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if ("v".equals(localName)) {
        inValue = false;
      }
      super.endElement(uri, localName, qName);
    }

    /** What the CSV gets for the current cell, shown by POI as {@code shown}. */
    String text(String shown) {
      if (shown == null) {
        return null; // a comment on an empty cell
      }
      if (!number || stored.length() == 0) {
        return !shown.isEmpty() && shown.charAt(0) == INEXACT ? INEXACT + shown : shown;
      }
      String raw = stored.toString().strip();
      BigDecimal n;
      try {
        n = new BigDecimal(raw);
      } catch (NumberFormatException e) {
        return shown;
      }
      if (n.abs().compareTo(SIXTEEN_DIGITS) >= 0) {
        return exactInteger(raw, n) ? n.toBigInteger().toString() : INEXACT + shown;
      }
      boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
      return whole && EXPONENT.matcher(shown).matches() ? n.toBigInteger().toString() : shown;
    }

    /**
     * A stored number of 16 or more digits is exact only if no floating-point value could have been
     * written as it: plain digits, more than the 17 significant digits a double is written with,
     * and not a double's exact binary value spelled out.
     */
    private static boolean exactInteger(String raw, BigDecimal n) {
      if (!raw.matches("-?\\d+")) {
        return false;
      }
      return n.stripTrailingZeros().precision() > 17
          && new BigDecimal(Double.parseDouble(raw)).compareTo(n) != 0;
    }
  }

  /** Writes each spreadsheet row as a CSV record, keeping row numbers and empty cells in place. */
  private static final class SheetToCsv implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final CSVPrinter printer;
    private final CellTypes types;
    private final List<String> row = new ArrayList<>();
    private int lastRow = -1;

    SheetToCsv(CSVPrinter printer, CellTypes types) {
      this.printer = printer;
      this.types = types;
    }

    @Override
    public void startRow(int rowNum) {
      try {
        for (int r = lastRow + 1; r < rowNum; r++) {
          printer.printRecord("");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lastRow = rowNum;
      row.clear();
    }

    @Override
    public void endRow(int rowNum) {
      try {
        printer.printRecord(row);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = new CellReference(ref).getCol();
      while (row.size() < col) {
        row.add("");
      }
      row.add(types.text(value));
    }
  }
}
