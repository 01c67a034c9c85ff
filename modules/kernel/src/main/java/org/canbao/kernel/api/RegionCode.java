package org.canbao.kernel.api;

import java.io.Serializable;

/**
 * A statistical division code (统计用区划代码): 6 digits for the city and districts/counties, 9 for
 * townships/streets, 12 for villages/communities. A child's code starts with its parent's code
 * (townships: district code + 3 digits; villages: township code + 3 digits).
 */
public record RegionCode(String value) implements Serializable {
  public RegionCode {
    if (value == null || !value.strip().matches("\\d{6}|\\d{9}|\\d{12}")) {
      throw new BusinessException("code", "区划代码应为6、9或12位数字：" + value);
    }
    value = value.strip();
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /** Whether this code may belong to a region of {@code level}. */
  public boolean fits(RegionLevel level) {
    return value.length() == level.codeLength();
  }

  /** Whether this code may be a direct child code of {@code parent} (prefix rule of the codes). */
  public boolean isChildCodeOf(RegionCode parent) {
    if (parent.value.length() == 6 && parent.value.endsWith("0000")) {
      return value.length() == 6
          && value.startsWith(parent.value.substring(0, 2))
          && !value.equals(parent.value);
    }
    return value.length() == parent.value.length() + 3 && value.startsWith(parent.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
