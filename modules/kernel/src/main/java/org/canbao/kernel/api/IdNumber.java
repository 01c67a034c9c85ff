package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A resident ID number (公民身份号码) per GB 11643-1999: six digits of the issuing region, eight of the
 * birth date, three of sequence (odd for men, even for women) and a check character computed with
 * ISO 7064 MOD 11-2, where a value of 10 is written {@code X}.
 *
 * <p>Legacy 15-digit numbers (issued before 1999, birth year without century, no check character)
 * are upgraded to 18 digits by inserting "19" and computing the check character, the way the public
 * security bureau converts them.
 *
 * <p>The region part (地址码) is checked only as far as it can be judged without a national list of
 * county codes, which Canbao does not hold (a Chongqing resident may have been born anywhere, and
 * county codes change: an ID number keeps the code it was issued under for life). Refused, naming
 * the part, is only what is certainly wrong:
 *
 * <ul>
 *   <li>the first two digits must be a province-level code of GB/T 2260 (11–15, 21–23, 31–37,
 *       41–46, 50–54, 61–65, 71, 81, 82), or 83: "香港居民公民身份号码地址码使用810000，澳门居民使用820000， 台湾居民使用830000"
 *       (港澳台居民居住证, 2018); 83 appears nowhere else, so an 83 number must begin 830000. 81 and 82 are
 *       checked as province codes only, since GB/T 2260 may list districts under them;
 *   <li>the province code followed by 0000 (110000, 500000) names a province, never the county
 *       office that issues numbers, and is refused (except 810000, 820000, 830000 above);
 *   <li>a first digit 9 is a foreigner's permanent residence ID (新版外国人永久居留身份证, issued since 1
 *       December 2023: "号码首位设置为“9”……最后一位采用MOD11-2算法设置为校验码，与公民身份号码校验方式相同"); its second and third
 *       digits are the accepting province's code (a mainland one, 11–65), the fourth to sixth a
 *       nationality code (not checked), then the birth date as in a citizen's number. Legacy
 *       15-digit numbers are citizens' only and never begin with 9.
 * </ul>
 *
 * <p>Whether the six digits name a real county is judged where the region data is at hand, against
 * the districts Canbao holds, and only as a warning: see {@link IssuingRegions}.
 */
public final class IdNumber implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Mainland province-level codes (GB/T 2260), including Hainan (46, since 1988) and Chongqing (50,
   * since 1997).
   */
  private static final Set<String> MAINLAND =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65");

  /** Taiwan (GB/T 2260), Hong Kong and Macao, and 83 of the Taiwan residents' residence permit. */
  private static final Set<String> OTHER = Set.of("71", "81", "82", "83");

  /**
   * The fixed first six digits of the residence permits of Hong Kong, Macao and Taiwan residents.
   */
  private static final Set<String> HONG_KONG_MACAO_TAIWAN = Set.of("810000", "820000", "830000");

  private final String value;

  private IdNumber(String value) {
    this.value = value;
  }

  /**
   * Parses and validates an 18-digit number, or upgrades a 15-digit one; throws with a Chinese
   * reason.
   */
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
      checkRegion(body, false);
      checkBirth(body, today);
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
    checkRegion(body, true);
    checkBirth(body, today);
    char expected = checkChar(body);
    if (expected != last) {
      throw invalid("身份证号码校验位错误（应为" + expected + "）");
    }
    return new IdNumber(s);
  }

  /**
   * The number an office with region code {@code region} issues to someone born on {@code birth}
   * with the three-digit sequence {@code sequence} (odd for men, even for women), its check
   * character computed: for generated registers (demo data, benchmarks), validated like a parsed
   * one.
   */
  public static IdNumber issue(String region, LocalDate birth, int sequence) {
    if (sequence < 0 || sequence > 999) {
      throw invalid("顺序码应为000至999");
    }
    StringBuilder body = new StringBuilder(18).append(region).append(birth.getYear());
    pad(body, birth.getMonthValue(), 2);
    pad(body, birth.getDayOfMonth(), 2);
    pad(body, sequence, 3);
    return parse(body.append(checkChar(body.toString())).toString(), birth);
  }

  private static void pad(StringBuilder to, int value, int digits) {
    String s = Integer.toString(value);
    to.append("000", 0, digits - s.length()).append(s);
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

  /**
   * The certain part of the region rules in the class comment; {@code foreignerAllowed} for 18
   * characters.
   */
  private static void checkRegion(String body17, boolean foreignerAllowed) {
    if (foreignerAllowed && body17.charAt(0) == '9') {
      String province = body17.substring(1, 3);
      if (!MAINLAND.contains(province)) {
        throw invalid("外国人永久居留身份证号码第2、3位“" + province + "”不是有效的省级行政区划代码");
      }
      return;
    }
    String province = body17.substring(0, 2);
    String six = body17.substring(0, 6);
    if (!MAINLAND.contains(province) && !OTHER.contains(province)) {
      throw invalid("身份证号前两位“" + province + "”不是有效的省级行政区划代码");
    }
    if (province.equals("83") && !six.equals("830000")) {
      throw invalid("身份证号前六位“" + six + "”无效：以83开头的台湾居民居住证号码前六位应为830000");
    }
    if (six.endsWith("0000") && !HONG_KONG_MACAO_TAIWAN.contains(six)) {
      throw invalid("身份证号前六位“" + six + "”是省级行政区划代码，不是签发身份证的区县代码");
    }
  }

  private static void checkBirth(String body17, LocalDate today) {
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

  /**
   * Whether this is a foreigner's permanent residence ID (first digit 9), not a citizen's number.
   */
  public boolean foreigner() {
    return value.charAt(0) == '9';
  }

  /**
   * The six-digit code of the region that issued the number (for a foreigner's permanent residence
   * ID: 9, the accepting province and the nationality code).
   */
  public String issuingRegion() {
    return value.substring(0, 6);
  }

  /**
   * Form used on publicity lists and exports for the public: first 6 and last 4 characters shown.
   */
  public String masked() {
    return mask(value);
  }

  /**
   * The masked form of a number as stored, without validating it again: the rules may have become
   * stricter since it was accepted, and what is stored must still show.
   */
  public static String mask(String stored) {
    if (stored == null || stored.length() != 18) {
      return stored == null ? null : "*".repeat(stored.length());
    }
    return stored.substring(0, 6) + "********" + stored.substring(14);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdNumber other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /**
   * Masked on purpose: an ID number must not leak through logs. Use {@link #value()} deliberately.
   */
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
