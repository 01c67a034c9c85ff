package org.canbao.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {
  private final TableFile reader = new TableFile(100);
  private static final String CSV = "代码,名称,级别,上级代码\n500102016,义和街道,乡镇,500102\n,文昌宫社区,村,500118107\n";

  @Test
  void readsUtf8CsvWithBom() {
    List<TableFile.Row> rows = reader.read("a.csv", stream(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8)));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("代码", "code")).isEqualTo("500102016");
    assertThat(rows.get(0).number()).isEqualTo(2);
    assertThat(rows.get(1).get("代码")).isNull();
    assertThat(rows.get(1).get("名称")).isEqualTo("文昌宫社区");
  }

  @Test
  void readsGbkCsvAsOfficeSoftwareWritesIt() {
    List<TableFile.Row> rows = reader.read("a.csv", stream(CSV.getBytes(Charset.forName("GBK"))));
    assertThat(rows.get(0).get("名称")).isEqualTo("义和街道");
  }

  @Test
  void readsXlsxFirstSheet() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("区域");
      String[][] cells = {{"代码", "名称", "级别", "上级代码"}, {"500102016", "义和街道", "乡镇", "500102"}, {null, "茅园村", "村", "500118107"}};
      for (int r = 0; r < cells.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          if (cells[r][c] != null) {
            row.createCell(c).setCellValue(cells[r][c]);
          }
        }
      }
      wb.write(out);
      List<TableFile.Row> rows = reader.read("a.xlsx", stream(out.toByteArray()));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).get("名称")).isEqualTo("茅园村");
      assertThat(rows.get(1).get("代码")).isNull();
      assertThat(rows.get(1).number()).isEqualTo(3);
    }
  }

  @Test
  void refusesEmptyWrongTypeCorruptAndOversizedFiles() {
    assertThatThrownBy(() -> reader.read("a.csv", stream(new byte[0]))).hasMessageContaining("文件为空");
    assertThatThrownBy(() -> reader.read("a.doc", stream(CSV.getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("不支持的文件类型");
    assertThatThrownBy(() -> reader.read("a.xlsx", stream("not a zip".getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("不是有效的Excel");
    assertThatThrownBy(() -> reader.read("a.xlsx", stream(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))).hasMessageContaining("已损坏");
    assertThatThrownBy(() -> reader.read("a.csv", stream("代码,名称\n".getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("没有数据行");
    StringBuilder big = new StringBuilder("代码,名称\n");
    for (int i = 0; i < 101; i++) {
      big.append(i).append(",x\n");
    }
    assertThatThrownBy(() -> new TableFile(100).read("a.csv", stream(big.toString().getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("超过上限100行");
  }

  private static ByteArrayInputStream stream(byte[] b) {
    return new ByteArrayInputStream(b);
  }
}
