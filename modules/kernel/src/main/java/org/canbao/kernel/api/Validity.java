package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a record is about, both ends inclusive ({@code to} null: open-ended): an identity's
 * validity, or the whole calendar year of an insurance year's record ({@link #ofYear}). A closed
 * year (年度锁定) freezes what records say of its days; this is the one definition of which days those
 * are and when a change alters them — the facades, the import checks and the H2 trigger use it, and
 * the PostgreSQL triggers are tested against it.
 */
public record Validity(LocalDate from, LocalDate to) implements Serializable {
  public Validity {
    if (from == null) {
      throw new IllegalArgumentException("a validity starts on a day");
    }
  }

  /** The insurance year's days: its calendar year (the benefit year, {@link InsuranceYear}). */
  public static Validity ofYear(int year) {
    return new Validity(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Whether any of the days lies in calendar year {@code year}. */
  public boolean touches(int year) {
    return !from.isAfter(LocalDate.of(year, 12, 31))
        && (to == null || !to.isBefore(LocalDate.of(year, 1, 1)));
  }

  /** The days inside calendar year {@code year}; null when there are none. */
  public Validity within(int year) {
    if (!touches(year)) {
      return null;
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return new Validity(
        from.isBefore(first) ? first : from, to == null || to.isAfter(last) ? last : to);
  }

  /**
   * Whether a record valid over {@code before} (null: it did not exist) and then over {@code after}
   * (null: it is deleted) says something else of year {@code year}: its days in the year differ.
   * Ending an identity after the year changes nothing of the year; ending it inside, starting it
   * inside, creating or deleting one valid in the year does.
   */
  public static boolean changesYear(Validity before, Validity after, int year) {
    Validity was = before == null ? null : before.within(year);
    Validity is = after == null ? null : after.within(year);
    return was == null ? is != null : !was.equals(is);
  }
}
