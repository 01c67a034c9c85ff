package org.canbao.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canbao.kernel.api.TableReader;
import org.junit.jupiter.api.Test;

class SpreadsheetTableReaderTest {
  private static final String CSV = "代码,名称,级别,上级代码\n500102016,义和街道,乡镇,500102\n,文昌宫社区,村,500118107\n";

  @Test
  void readsUtf8CsvWithBom() {
    List<TableReader.Row> rows = read("a.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("代码", "code")).isEqualTo("500102016");
    assertThat(rows.get(0).number()).isEqualTo(2);
    assertThat(rows.get(1).get("代码")).isNull();
    assertThat(rows.get(1).get("名称")).isEqualTo("文昌宫社区");
  }

  @Test
  void utf8CutByTheSampleAfterACompleteCharacterIsStillUtf8() {
    // the 1 MiB sample ends with 税 complete and the first two bytes of 务
    int sample = 1 << 20;
    String filler = "x".repeat(sample - 5 - "名称\n".getBytes(StandardCharsets.UTF_8).length);
    List<TableReader.Row> rows =
        read("a.csv", ("名称\n" + filler + "税务\n").getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(0).get("名称")).endsWith("税务");
  }

  @Test
  void readsGbkCsvAsOfficeSoftwareWritesIt() {
    List<TableReader.Row> rows = read("a.csv", CSV.getBytes(Charset.forName("GBK")));
    assertThat(rows.get(0).get("名称")).isEqualTo("义和街道");
  }

  @Test
  void readsXlsxFirstSheet() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("区域");
      String[][] cells = {
        {"代码", "名称", "级别", "上级代码"},
        {"500102016", "义和街道", "乡镇", "500102"},
        {null, "茅园村", "村", "500118107"}
      };
      for (int r = 0; r < cells.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          if (cells[r][c] != null) {
            row.createCell(c).setCellValue(cells[r][c]);
          }
        }
      }
      wb.write(out);
      List<TableReader.Row> rows = read("a.xlsx", out.toByteArray());
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).get("名称")).isEqualTo("茅园村");
      assertThat(rows.get(1).get("代码")).isNull();
      assertThat(rows.get(1).number()).isEqualTo(3);
    }
  }

  /**
   * An ID column as Excel stores it when the column is not formatted as text, next to one that is.
   */
  private static byte[] idColumns() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet();
      var header = sheet.createRow(0);
      String[] names = {"身份证号", "姓名", "村代码"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      var asNumber = sheet.createRow(1);
      asNumber.createCell(0).setCellValue(500118199001011234d); // stored as 5.0011819900101126E17
      asNumber.createCell(1).setCellValue("张三");
      asNumber
          .createCell(2)
          .setCellValue(500118107001d); // 12 digits: exact, shown by Excel as 5.00118E+11
      var asText = sheet.createRow(2);
      asText.createCell(0).setCellValue("500118199001011234");
      asText.createCell(1).setCellValue("李四");
      var oldNumber = sheet.createRow(3);
      oldNumber.createCell(0).setCellValue(110105491231002d); // a 15-digit number fits exactly
      var programWritten = sheet.createRow(4);
      var exact = programWritten.createCell(0);
      exact.setCellValue(1d);
      exact
          .getCTCell()
          .setV("500118199001011234"); // as a program writes an exact integer (openpyxl, pandas)
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void longNumbersInXlsxThatLostDigitsAreFlaggedNotMisread() throws IOException {
    List<TableReader.Row> rows = read("ids.xlsx", idColumns());
    assertThat(rows.get(0).inexactNumber("身份证号")).isTrue();
    assertThat(rows.get(0).get("身份证号")).isEqualTo("5.00118E+17");
    assertThat(rows.get(0).inexactNumber("姓名")).isFalse();
    assertThat(rows.get(1).inexactNumber("身份证号")).isFalse();
    assertThat(rows.get(1).get("身份证号")).isEqualTo("500118199001011234");
  }

  @Test
  void wholeNumbersInXlsxThatFitAreReadWithAllDigitsNotAsExponents() throws IOException {
    List<TableReader.Row> rows = read("ids.xlsx", idColumns());
    assertThat(rows.get(0).get("村代码")).isEqualTo("500118107001");
    assertThat(rows.get(2).get("身份证号")).isEqualTo("110105491231002");
    assertThat(rows.get(2).inexactNumber("身份证号")).isFalse();
    assertThat(rows.get(3).get("身份证号")).isEqualTo("500118199001011234");
    assertThat(rows.get(3).inexactNumber("身份证号")).isFalse();
  }

  @Test
  void refusesEmptyWrongTypeCorruptAndOversizedFiles() {
    assertThatThrownBy(() -> read("a.csv", new byte[0])).hasMessageContaining("文件为空");
    assertThatThrownBy(() -> read("a.doc", CSV.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("不支持的文件类型");
    assertThatThrownBy(() -> read("a.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("不是有效的Excel");
    assertThatThrownBy(() -> read("a.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
        .hasMessageContaining("已损坏");
    assertThatThrownBy(() -> read("a.csv", "代码,名称\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("没有数据行");
    StringBuilder big = new StringBuilder("代码,名称\n");
    for (int i = 0; i < 101; i++) {
      big.append(i).append(",x\n");
    }
    assertThatThrownBy(() -> read("a.csv", big.toString().getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("超过上限100行");
  }

  @Test
  void zipBombsAreRefused() throws IOException {
    // one sheet whose single cell holds 60 MB of the same character: compresses far beyond 100:1
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'A');
      for (int i = 0; i < 60; i++) {
        z.write(block);
      }
    }
    assertThatThrownBy(() -> read("bomb.xlsx", zip.toByteArray())).hasMessageContaining("Excel");
  }

  @Test
  void streamsLargeFilesRowByRow() throws IOException {
    Path file = Files.createTempFile("big", ".csv");
    try (var w = Files.newBufferedWriter(file)) {
      w.write("身份证号,姓名\n");
      for (int i = 0; i < 200_000; i++) {
        w.write("11010519491231002X,张三" + i + "\n");
      }
    }
    int n = 0;
    try (TableReader reader = SpreadsheetTableReader.open("big.csv", file, 1_000_000)) {
      while (reader.hasNext()) {
        reader.next();
        n++;
      }
    }
    assertThat(n).isEqualTo(200_000);
    Files.delete(file);
  }

  private static List<TableReader.Row> read(String name, byte[] bytes) {
    return SpreadsheetTableReader.readAll(name, new ByteArrayInputStream(bytes), 100);
  }

  /**
   * Offices put the sheet's title above the table (Songgai's attachment 1): the header is found
   * below it.
   */
  @Test
  void titleRowsAboveTheHeaderAreSkippedAndRowsKeepTheirNumbers() {
    String csv =
        "附件1,,,,\n松溉镇2023年城乡居民医保筹资任务表,,,,\n序号,村 居,户籍总人数（人）,目标数（人）,备注\n1,文昌宫社区,3365,3197,\n";
    List<TableReader.Row> rows = read("targets.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).number()).isEqualTo(4);
    assertThat(rows.get(0).get("村 居")).isEqualTo("文昌宫社区");
    assertThat(rows.get(0).get("目标数（人）")).isEqualTo("3197");
  }

  @Test
  void aOneColumnListKeepsItsFirstRowAsHeader() {
    List<TableReader.Row> rows =
        read(
            "ids.csv",
            "身份证号\n110105194912310021\n11010519491231002X\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("身份证号")).isEqualTo("110105194912310021");
  }
}
