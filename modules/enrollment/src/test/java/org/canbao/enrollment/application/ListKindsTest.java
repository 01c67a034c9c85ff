package org.canbao.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.ImportKind;
import org.junit.jupiter.api.Test;

class ListKindsTest {
  @Test
  void findsEachKindOfListByItsImportKind() {
    ListKinds kinds = NameListRulesTest.KINDS;
    assertThat(kinds.of(ImportKind.HOUSEHOLD_REGISTER)).isInstanceOf(HouseholdList.class);
    assertThat(kinds.of(ImportKind.IDENTITY_LIST)).isInstanceOf(IdentityList.class);
    assertThat(kinds.of(ImportKind.PAYMENT_LIST)).isInstanceOf(PaymentList.class);
    assertThat(kinds.of(ImportKind.MEDICAL_COSTS)).isInstanceOf(MedicalCostList.class);
  }

  @Test
  void refusesAnImportKindWithoutItsClass() {
    assertThatThrownBy(() -> new ListKinds(List.of(new HouseholdList(), new PaymentList())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("IDENTITY_LIST");
  }

  @Test
  void refusesTwoClassesForOneKind() {
    assertThatThrownBy(
            () ->
                new ListKinds(
                    List.of(
                        new HouseholdList(),
                        new IdentityList(),
                        new PaymentList(),
                        new HouseholdList())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two list kinds for HOUSEHOLD_REGISTER");
  }

  /**
   * Each kind stages its own columns: batch and row first, every column once, and its values fill
   * them.
   */
  @Test
  void eachKindNamesItsStagingColumnsOnce() {
    for (ImportKind k : ImportKind.values()) {
      List<String> columns = NameListRulesTest.KINDS.of(k).stagingColumns();
      assertThat(columns.subList(0, 2)).containsExactly("batch_id", "row_no");
      assertThat(columns.stream().collect(Collectors.toSet())).hasSameSizeAs(columns);
      assertThat(columns).contains("outcome", "person_id", "note");
    }
  }
}
