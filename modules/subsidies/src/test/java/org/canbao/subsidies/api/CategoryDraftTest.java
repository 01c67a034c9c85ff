package org.canbao.subsidies.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.InsuredType;
import org.junit.jupiter.api.Test;

/**
 * A category as the categories screen or an API client sends it: good passes, a name or department
 * past its column is refused in Chinese.
 */
class CategoryDraftTest {
  private static CategoryDraft draft(String name, String department) {
    return new CategoryDraft(
        "NEW_GROUP",
        name,
        department,
        CategoryGroup.OTHER,
        true,
        10,
        WaitingPeriodExemption.ALWAYS,
        InsuredType.RESIDENT);
  }

  @Test
  void aDraftWithinItsLimitsPasses() {
    assertThat(Inputs.violations(draft("新认定困难群体", "民政局"))).isEmpty();
    assertThat(Inputs.violations(draft("类".repeat(60), "部".repeat(60)))).isEmpty();
  }

  @Test
  void aNameOrDepartmentTooLongIsRefusedByName() {
    assertThatThrownBy(() -> Inputs.check(draft("类".repeat(300), "民政局")))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.getMessage()).isEqualTo("类别名称不能超过60个字");
            });
    assertThatThrownBy(() -> Inputs.check(draft("新认定困难群体", "部".repeat(61))))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo("certifyingDepartment");
              assertThat(e.getMessage()).isEqualTo("认定部门不能超过60个字");
            });
  }
}
