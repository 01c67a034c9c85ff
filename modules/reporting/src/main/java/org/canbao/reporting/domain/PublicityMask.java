package org.canbao.reporting.domain;

import org.canbao.kernel.api.IdNumber;

/**
 * How people appear on publicity lists for notice boards and in their exports, as is customary: the
 * ID number with its first 6 and last 4 characters ({@code 500102********123X}), the name with its
 * first character and, from three characters on, its last ({@code 张*明}, {@code 张*}, {@code 欧**明}).
 */
public final class PublicityMask {
  private PublicityMask() {}

  public static String idNumber(String idNumber) {
    return IdNumber.mask(idNumber);
  }

  public static String name(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip();
    int len = n.codePointCount(0, n.length());
    if (len <= 1) {
      return n;
    }
    int first = n.offsetByCodePoints(0, 1);
    if (len == 2) {
      return n.substring(0, first) + "*";
    }
    int last = n.offsetByCodePoints(0, len - 1);
    return n.substring(0, first) + "*".repeat(len - 2) + n.substring(last);
  }
}
