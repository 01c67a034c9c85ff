package org.canbao.enrollment.api;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kind of household registration (户口性质) as police registers write it: 农业/非农业 (older registers)
 * or 农村/城镇. Whether a low-income person's household is rural decides their waiting period
 * (DOMAIN.md §5). Since the household-registration reform many registers say 居民户口, which tells
 * neither: such a person's type is not recorded (null).
 */
public enum HouseholdType {
  RURAL("农村（农业户口）"),
  URBAN("城镇（非农业户口）");

  private final String label;

  HouseholdType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  private static final Map<String, HouseholdType> WRITTEN =
      Map.ofEntries(
          Map.entry("农业", RURAL),
          Map.entry("农业户口", RURAL),
          Map.entry("农业家庭户口", RURAL),
          Map.entry("农业户", RURAL),
          Map.entry("农村", RURAL),
          Map.entry("农村户口", RURAL),
          Map.entry("乡村", RURAL),
          Map.entry("RURAL", RURAL),
          Map.entry("非农业", URBAN),
          Map.entry("非农业户口", URBAN),
          Map.entry("非农业家庭户口", URBAN),
          Map.entry("非农", URBAN),
          Map.entry("非农户", URBAN),
          Map.entry("城镇", URBAN),
          Map.entry("城镇户口", URBAN),
          Map.entry("城市", URBAN),
          Map.entry("URBAN", URBAN));

  /** Words that say the type is not recorded (the unified 居民户口). */
  private static final Set<String> UNKNOWN = Set.of("居民户口", "居民", "统一户口", "未知", "不详", "UNKNOWN");

  /**
   * The type a register writes, null when it tells none; an unreadable word is an error the caller
   * names (a register with another vocabulary must not be guessed).
   */
  public static HouseholdType parse(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String w = written.strip().toUpperCase(Locale.ROOT);
    if (UNKNOWN.contains(w)) {
      return null;
    }
    HouseholdType t = WRITTEN.get(w);
    if (t == null) {
      throw new IllegalArgumentException(
          "无法识别的户口性质：" + written.strip() + "（应为 农业/非农业、农村/城镇 或 居民户口）");
    }
    return t;
  }
}
