package org.canbao.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger names identity categories as people know them, never by code. */
class FollowUpCategoryNamesTest {
  private static final Map<String, String> NAMES = Map.of("DIBAO", "低保对象", "TEKUN", "特困人员");

  @Test
  void codesBecomeNamesInTheirOrder() {
    assertEquals("低保对象、特困人员", FollowUpService.categoryNames("DIBAO、TEKUN", NAMES));
  }

  @Test
  void aCodeNoLongerKnownStaysAndNoCategoriesStayEmpty() {
    assertEquals("低保对象、OLD_CODE", FollowUpService.categoryNames("DIBAO、OLD_CODE", NAMES));
    assertNull(FollowUpService.categoryNames(null, NAMES));
  }
}
