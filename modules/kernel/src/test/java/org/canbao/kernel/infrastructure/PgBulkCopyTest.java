package org.canbao.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PgBulkCopyTest {
  private static String text(Object v) {
    StringBuilder out = new StringBuilder();
    PgBulkCopy.appendText(out, v);
    return out.toString();
  }

  @Test
  void valuesAreWrittenInPostgresTextFormat() {
    assertThat(text(null)).isEqualTo("\\N");
    assertThat(text("张三")).isEqualTo("张三");
    assertThat(text(LocalDate.of(2023, 1, 31))).isEqualTo("2023-01-31");
    assertThat(text(new BigDecimal("315.00"))).isEqualTo("315.00");
    assertThat(text(42L)).isEqualTo("42");
  }

  @Test
  void separatorsAndBackslashesInTextAreEscaped() {
    assertThat(text("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
    assertThat(text("\\N")).as("a name that reads like null stays text").isEqualTo("\\\\N");
    assertThat(text("张\0三")).as("PostgreSQL text cannot hold NUL").isEqualTo("张三");
  }
}
