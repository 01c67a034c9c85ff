package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A resident ID number (公民身份号码) per GB 11643-1999: six digits of the issuing region, eight of the
 * birth date, three of sequence (odd for men, even for women) and a check character computed with
 * ISO 7064 MOD 11-2, where a value of 10 is written {@code X}.
 *
 * <p>Legacy 15-digit numbers (issued before 1999, birth year without century, no check character) are
 * upgraded to 18 digits by inserting "19" and computing the check character, the way the public
 * security bureau converts them.
 */
public final class IdNumber implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final String value;

  private IdNumber(String value) {
    this.value = value;
  }

  /** Parses and validates an 18-digit number, or upgrades a 15-digit one; throws with a Chinese reason. */
  public static IdNumber parse(String raw) {
    return parse(raw, LocalDate.now(CHINA));
  }

  /** As {@link #parse(String)}, judging "birth date in the future" against {@code today}. */
  public static IdNumber parse(String raw, LocalDate today) {
    if (raw == null || raw.isBlank()) {
      throw invalid("身份证号码不能为空");
    }
    String s = raw.strip().toUpperCase();
    if (s.length() == 15) {
      if (!s.chars().allMatch(Character::isDigit)) {
        throw invalid("15位身份证号码只能由数字组成");
      }
      String body = s.substring(0, 6) + "19" + s.substring(6);
      checkBody(body, today);
      return new IdNumber(body + checkChar(body));
    }
    if (s.length() != 18) {
      throw invalid("身份证号码应为18位（或15位旧号码），实际为" + s.length() + "位");
    }
    String body = s.substring(0, 17);
    if (!body.chars().allMatch(Character::isDigit)) {
      throw invalid("身份证号码前17位只能是数字");
    }
    char last = s.charAt(17);
    if (!Character.isDigit(last) && last != 'X') {
      throw invalid("身份证号码最后一位只能是数字或X");
    }
    checkBody(body, today);
    char expected = checkChar(body);
    if (expected != last) {
      throw invalid("身份证号码校验位错误（应为" + expected + "）");
    }
    return new IdNumber(s);
  }

  /** True if {@code raw} parses; for filters that must not throw. */
  public static boolean isValid(String raw) {
    try {
      parse(raw);
      return true;
    } catch (BusinessException e) {
      return false;
    }
  }

  static char checkChar(String body17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static void checkBody(String body17, LocalDate today) {
    if (body17.charAt(0) < '1' || body17.charAt(0) > '8') {
      throw invalid("身份证号码前6位不是有效的行政区划代码");
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(body17.substring(6, 10)),
              Integer.parseInt(body17.substring(10, 12)),
              Integer.parseInt(body17.substring(12, 14)));
    } catch (DateTimeException e) {
      throw invalid("身份证号码中的出生日期" + body17.substring(6, 14) + "不存在");
    }
    if (birth.getYear() < 1880 || birth.isAfter(today)) {
      throw invalid("身份证号码中的出生日期" + birth + "不合理");
    }
  }

  private static BusinessException invalid(String message) {
    return new BusinessException("idNumber", message);
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The six-digit code of the region that issued the number. */
  public String issuingRegion() {
    return value.substring(0, 6);
  }

  /** Form used on publicity lists and exports for the public: first 6 and last 4 characters shown. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdNumber other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Masked on purpose: an ID number must not leak through logs. Use {@link #value()} deliberately. */
  @Override
  public String toString() {
    return masked();
  }

  /** Sex as encoded in the sequence digit. */
  public enum Sex {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Sex(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
