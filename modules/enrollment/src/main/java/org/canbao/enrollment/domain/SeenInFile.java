package org.canbao.enrollment.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * The people (household lists) or person–category pairs (identity lists) a name list has named so
 * far, so that a second row for the same key is rejected. ID numbers are kept as numbers in an
 * open-addressing table — a district's million residents take 16 MiB, not the ~100 MiB of a set of
 * strings — and checking a row costs no database round trip.
 */
public final class SeenInFile {
  private long[] table = new long[1 << 12];
  private int size;
  private final Set<String> others = new HashSet<>();

  /** True if the key is new; false if the list named it before. */
  public boolean add(String idNumber, String category) {
    long k = category == null ? encode(idNumber) : 0;
    if (k == 0) {
      return others.add(category == null ? idNumber : idNumber + "|" + category);
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (!insert(table, k)) {
      return false;
    }
    size++;
    return true;
  }

  public int size() {
    return size + others.size();
  }

  /**
   * An 18-character ID number (17 digits and a check character 0–9 or X) as a positive number, else
   * 0.
   */
  static long encode(String id) {
    if (id == null || id.length() != 18) {
      return 0;
    }
    long v = 0;
    for (int i = 0; i < 17; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      v = v * 10 + (c - '0');
    }
    char check = id.charAt(17);
    int last = check == 'X' ? 10 : check >= '0' && check <= '9' ? check - '0' : -1;
    return last < 0 ? 0 : v * 11 + last + 1;
  }

  private static boolean insert(long[] t, long k) {
    int mask = t.length - 1;
    int i = Long.hashCode(k * 0x9E3779B97F4A7C15L) & mask;
    while (t[i] != 0) {
      if (t[i] == k) {
        return false;
      }
      i = (i + 1) & mask;
    }
    t[i] = k;
    return true;
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long k : table) {
      if (k != 0) {
        insert(bigger, k);
      }
    }
    table = bigger;
  }
}
