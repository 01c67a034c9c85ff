package org.canbao.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10 item 10: the error list a user downloads runs no formula in Excel. */
class ErrorListCsvTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://evil.example\",\"点我\")|\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"",
        "@SUM(1+1)|\"'@SUM(1+1)\"",
        "+1+2|\"'+1+2\"",
        "-2+3|\"'-2+3\"",
        "`\t=1+1`|\"'\t=1+1\"",
        "姓名与户籍登记不一致|\"姓名与户籍登记不一致\"",
        "a,b|\"a,b\"",
      })
  void everyCellIsQuotedAndFormulasAreText(String reason, String expected) {
    String file =
        new String(
            ErrorListCsv.of(List.of(new ErrorListCsv.Line(2, "姓名", reason))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFF行号,列,原因\n2,\"姓名\"," + expected + "\n", file);
  }
}
