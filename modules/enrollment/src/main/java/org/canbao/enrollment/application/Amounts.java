package org.canbao.enrollment.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.canbao.enrollment.api.ImportError;
import org.canbao.kernel.api.TableReader;

/**
 * Amounts of money as lists write them: {@code 1234.5}, {@code 1,234.50}, {@code 1234.50元}; yuan
 * with at most two decimals (a fen is the smallest amount), never negative.
 */
final class Amounts {
  private Amounts() {}

  /**
   * The amount in the row's cell of {@code column} (any of its names), null for a blank cell;
   * anything else adds an error naming the column by {@code label} and gives null.
   */
  static BigDecimal cell(
      TableReader.Row row, String[] column, String label, List<ImportError> errors) {
    String written = row.get(column);
    if (written == null) {
      return null;
    }
    try {
      String plain = written.strip().replace(",", "").replace("，", "");
      if (plain.endsWith("元")) {
        plain = plain.substring(0, plain.length() - 1).strip();
      }
      BigDecimal amount = new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
      if (amount.signum() < 0) {
        throw new NumberFormatException();
      }
      return amount;
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(
          new ImportError(row.number(), label, label + "不是有效的金额（元，最多两位小数，不能为负数）：" + written));
      return null;
    }
  }
}
