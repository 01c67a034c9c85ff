package org.canbao.enrollment.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** 2024-03, 2024/3, 2024.03, 202403, 2024年3月. */
  private static final Pattern YEAR_MONTH =
      Pattern.compile("(\\d{4})\\s*(?:[-/.年]\\s*)?(\\d{1,2})\\s*月?");

  /**
   * A month as lists write it: 2024-03, 2024/3, 202403, 2024年3月, or a day of it (2024-03-31); null
   * for a blank cell, a Chinese error naming the column for anything else.
   */
  public static YearMonth parseMonth(String text, String column) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    Matcher m = YEAR_MONTH.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
      }
    } else {
      try {
        return YearMonth.from(parse(t, column));
      } catch (BusinessException notADay) {
        // said below, as a month
      }
    }
    throw new BusinessException(column, column + "格式不正确：" + t + "（应为如 2024-03）");
  }
}
