package org.canbao.enrollment.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.canbao.kernel.api.BusinessException;

/**
 * Dates as departments write them in name lists: 2023-01-01, 2023/1/1, 20230101, 2023年1月1日, Excel's
 * 1/1/23.
 */
public final class Dates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          strict("uuuu-M-d"),
          strict("uuuu/M/d"),
          strict("uuuuMMdd"),
          strict("uuuu.M.d"),
          strict("uuuu年M月d日"),
          strict("M/d/yy"));

  /** A date that does not exist (2023-02-30) is an error, never moved to another day. */
  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  private Dates() {}

  /** Null for a blank cell; a Chinese error naming the column for anything unreadable. */
  public static LocalDate parse(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    boolean shapeFits = false;
    for (DateTimeFormatter f : FORMATS) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException e) {
        // the shape fits but the day does not exist: say so rather than "wrong format"
        shapeFits |= e.getCause() instanceof DateTimeException;
      }
    }
    if (shapeFits) {
      throw new BusinessException(column, "日期不存在：" + t + "（请核对年月日）");
    }
    throw new BusinessException(column, "日期格式不正确：" + t + "（应为 2023-01-01）");
  }
}
