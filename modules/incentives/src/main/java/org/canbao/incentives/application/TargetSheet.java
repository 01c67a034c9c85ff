package org.canbao.incentives.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;

/**
 * The task table in the layout of Songgai 2023's attachment 1 ("松溉镇2023年城乡居民医保筹资任务表"): 序号, 村 居,
 * 户籍总人数（人）, 目标数（人）, 备注, a 合计 row, and the note that the target includes employee insurance and
 * insurance outside the district. Read with the title rows above the header and the total row
 * checked; written the same way.
 */
final class TargetSheet {
  static final String[] VILLAGE = {"村 居", "村居", "村（居）", "村(居)", "村(社区)", "村（社区）", "村", "village"};
  static final String[] TOWNSHIP = {"乡镇(街道)", "乡镇（街道）", "乡镇", "township"};
  static final String[] REGISTERED = {
    "户籍总人数（人）", "户籍总人数(人)", "户籍总人数", "户籍人数", "registered_population"
  };
  static final String[] TARGET = {"目标数（人）", "目标数(人)", "目标数", "目标任务数", "target_count"};
  static final String[] SEQ = {"序号", "seq"};
  static final String NOTE = "注：目标数包含职工医保和居民医保参保数，以及在区外参保人数。";

  /** A row of the table: the village it names and its two figures. */
  record Line(int row, RegionRef village, long registered, long target) {}

  private TargetSheet() {}

  /**
   * Reads the table; {@code village} resolves a row's township (may be null) and village names to a
   * village of the area. Every problem names its row; any problem refuses the whole file.
   */
  static List<Line> read(
      TableFiles tables,
      String fileName,
      InputStream content,
      BiFunction<String, String, RegionRef> village) {
    List<TableReader.Row> rows = tables.readAll(fileName, content, 20_000);
    if (rows.isEmpty()
        || !rows.get(0).hasColumn(VILLAGE)
        || !rows.get(0).hasColumn(TARGET)
        || !rows.get(0).hasColumn(REGISTERED)) {
      throw new BusinessException("file", "表头应含“村 居”“户籍总人数（人）”“目标数（人）”（按筹资任务表的格式）");
    }
    List<Line> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long[] total = null;
    for (TableReader.Row r : rows) {
      String name = r.get(VILLAGE);
      String seq = r.get(SEQ);
      if ("合计".equals(strip(seq)) || "合计".equals(strip(name)) || "总计".equals(strip(name))) {
        total =
            new long[] {
              number(r, REGISTERED, "户籍总人数", errors), number(r, TARGET, "目标数", errors), r.number()
            };
        continue;
      }
      if (name == null) {
        if (r.get(REGISTERED) != null || r.get(TARGET) != null) {
          errors.add("第" + r.number() + "行：村(居)名称为空");
        }
        continue;
      }
      long registered = number(r, REGISTERED, "户籍总人数", errors);
      long target = number(r, TARGET, "目标数", errors);
      if (target > registered) {
        errors.add("第" + r.number() + "行：目标数" + target + "大于户籍总人数" + registered);
      }
      try {
        lines.add(
            new Line(r.number(), village.apply(r.get(TOWNSHIP), name.strip()), registered, target));
      } catch (BusinessException e) {
        errors.add("第" + r.number() + "行：" + e.getMessage());
      }
    }
    if (total != null && errors.isEmpty()) {
      long registered = lines.stream().mapToLong(Line::registered).sum();
      long target = lines.stream().mapToLong(Line::target).sum();
      if (registered != total[0] || target != total[1]) {
        errors.add(
            "第"
                + total[2]
                + "行：合计（户籍"
                + total[0]
                + "、目标"
                + total[1]
                + "）与各村之和（户籍"
                + registered
                + "、目标"
                + target
                + "）不符");
      }
    }
    if (lines.stream().map(l -> l.village().id()).distinct().count() != lines.size()) {
      errors.add("同一村(居)在表中出现多次");
    }
    if (!errors.isEmpty()) {
      throw new BusinessException("file", String.join("；", errors));
    }
    if (lines.isEmpty()) {
      throw new BusinessException("file", "表中没有村(居)的目标数");
    }
    return lines;
  }

  private static String strip(String s) {
    return s == null ? null : s.replace(" ", "").replace("\u3000", "").strip();
  }

  private static long number(TableReader.Row r, String[] column, String what, List<String> errors) {
    String v = r.get(column);
    try {
      long n = v == null ? -1 : new BigDecimal(v.replace(",", "").strip()).longValueExact();
      if (n < 0) {
        errors.add("第" + r.number() + "行：" + what + (v == null ? "为空" : "不能为负数"));
        return 0;
      }
      return n;
    } catch (ArithmeticException | NumberFormatException e) {
      errors.add("第" + r.number() + "行：" + what + "“" + v + "”不是整数");
      return 0;
    }
  }

  /** The table for an area's villages (rows: name, registered, target; null figures left blank). */
  static <T> byte[] write(
      String title,
      List<T> rows,
      Function<T, String> name,
      Function<T, Long> registered,
      Function<T, Long> target) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("筹资任务表");
      CellStyle heading = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      bold.setFontHeightInPoints((short) 14);
      heading.setFont(bold);
      heading.setAlignment(HorizontalAlignment.CENTER);
      Row titleRow = sheet.createRow(0);
      Cell t = titleRow.createCell(0);
      t.setCellValue(title);
      t.setCellStyle(heading);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      Row header = sheet.createRow(1);
      String[] heads = {"序号", "村 居", "户籍总人数（人）", "目标数（人）", "备注"};
      for (int i = 0; i < heads.length; i++) {
        header.createCell(i).setCellValue(heads[i]);
      }
      long sumRegistered = 0;
      long sumTarget = 0;
      int r = 2;
      for (T row : rows) {
        Row x = sheet.createRow(r);
        x.createCell(0).setCellValue(r - 1);
        x.createCell(1).setCellValue(name.apply(row));
        Long reg = registered.apply(row);
        Long tgt = target.apply(row);
        if (reg != null) {
          x.createCell(2).setCellValue(reg);
          sumRegistered += reg;
        }
        if (tgt != null) {
          x.createCell(3).setCellValue(tgt);
          sumTarget += tgt;
        }
        r++;
      }
      Row sum = sheet.createRow(r++);
      sum.createCell(0).setCellValue("合计");
      sum.createCell(2).setCellValue(sumRegistered);
      sum.createCell(3).setCellValue(sumTarget);
      sheet.createRow(r + 1).createCell(0).setCellValue(NOTE);
      for (int i = 0; i < heads.length; i++) {
        sheet.setColumnWidth(i, i == 1 || i == 4 ? 16 * 256 : 14 * 256);
      }
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
