package org.canbao.enrollment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.canbao.kernel.api.BusinessException;

/** Dates as departments write them in name lists: 2023-01-01, 2023/1/1, 20230101, 2023年1月1日, Excel's 1/1/23. */
public final class Dates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-M-d"),
          DateTimeFormatter.ofPattern("yyyy/M/d"),
          DateTimeFormatter.ofPattern("yyyyMMdd"),
          DateTimeFormatter.ofPattern("yyyy.M.d"),
          DateTimeFormatter.ofPattern("yyyy年M月d日"),
          DateTimeFormatter.ofPattern("M/d/yy"));

  private Dates() {}

  /** Null for a blank cell; a Chinese error naming the column for anything unreadable. */
  public static LocalDate parse(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException ignored) {
        // try the next way of writing a date
      }
    }
    throw new BusinessException(column, "日期格式不正确：" + t + "（应为 2023-01-01）");
  }
}
