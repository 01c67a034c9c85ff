package org.canbao.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.canbao.subsidies.api.CategoryDraft;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.junit.jupiter.api.Test;

/**
 * A body breaking its constraints is answered 400 with the Chinese message and the field, as every
 * API error.
 */
class ConstraintViolationMapperTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static <T> ApiError answer(T body) {
    Set<ConstraintViolation<T>> broken = VALIDATOR.validate(body);
    assertThat(broken).isNotEmpty();
    return ConstraintViolationMapper.error(new ConstraintViolationException(broken));
  }

  @Test
  void aCategoryNameTooLongIsNamed() {
    CategoryDraft d =
        new CategoryDraft(
            "NEW_GROUP",
            "类".repeat(300),
            "民政局",
            CategoryGroup.OTHER,
            true,
            1,
            WaitingPeriodExemption.NONE,
            null);
    assertThat(answer(d)).isEqualTo(new ApiError(400, "类别名称不能超过60个字", "name"));
  }

  @Test
  void aVisitsTextsAreHeldToTheirColumns() {
    LocalDate day = LocalDate.of(2022, 11, 20);
    assertThat(
            VALIDATOR.validate(
                new SupervisionResource.VisitRequest(
                    1, 2, day, "张三、李四", "已入户核查", "未参保3人", day.plusDays(7), "王五")))
        .isEmpty();
    assertThat(
            answer(
                new SupervisionResource.VisitRequest(
                    1, 2, day, "人".repeat(301), "况".repeat(2001), null, null, null)))
        .isEqualTo(new ApiError(400, "参加人员不能超过300字；督导发现的情况不能超过2000字", "membersPresent"));
  }
}
