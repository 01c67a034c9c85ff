package org.canbao.kernel.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Statuses and kinds are enums whose names are what their columns hold; a statement that selects by
 * one writes it through here ({@code EnumSql.of(RecordStatus.STOPPED)} is {@code 'STOPPED'}), so
 * the enum stays the one home of the value and a renamed constant cannot leave a query behind.
 */
public final class EnumSql {
  private EnumSql() {}

  /** The constant as an SQL literal: {@code 'NEW'}. */
  public static String of(Enum<?> value) {
    return "'" + value.name() + "'";
  }

  /** The constants as an SQL list: {@code ('NEW', 'CHANGED')}. */
  public static String anyOf(Enum<?>... values) {
    return Arrays.stream(values).map(EnumSql::of).collect(Collectors.joining(", ", "(", ")"));
  }
}
