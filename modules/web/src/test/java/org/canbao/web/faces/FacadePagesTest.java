package org.canbao.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sorted column reaches the facade however PrimeFaces names it. */
class FacadePagesTest {
  enum Order {
    DATE,
    RESULT
  }

  private static final Map<String, Order> COLUMNS =
      Map.of("date()", Order.DATE, "result().label()", Order.RESULT);

  @Test
  void theSortByExpressionOfAnAccessorCallNamesItsColumn() {
    assertEquals(
        Order.DATE,
        FacadePages.column(COLUMNS, "#{c.date()}"),
        "the expression PrimeFaces keeps when it finds no field");
    assertEquals(Order.RESULT, FacadePages.column(COLUMNS, "#{c.result().label()}"));
    assertEquals(Order.DATE, FacadePages.column(COLUMNS, "date()"));
    assertEquals(Order.DATE, FacadePages.column(COLUMNS, "date"));
  }

  @Test
  void anUnknownOrNoColumnLeavesTheFacadesOwnOrder() {
    assertNull(FacadePages.column(COLUMNS, null));
    assertNull(FacadePages.column(COLUMNS, "#{c.name()}"));
  }
}
