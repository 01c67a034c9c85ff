package org.canbao.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Set;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Inputs;
import org.canbao.subsidies.api.CategoryDraft;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.canbao.supervision.api.SupervisionFacade;
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

  /**
   * A visit's texts are held to their columns by the facade's parameters, checked after the
   * caller's permission (the REST body is not validated on its own).
   */
  @Test
  void aVisitsTextsAreHeldToTheirColumns() throws Exception {
    LocalDate day = LocalDate.of(2022, 11, 20);
    Method recordVisit =
        SupervisionFacade.class.getMethod(
            "recordVisit", long.class, long.class, LocalDate.class, String.class, String.class);
    Object facade =
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {SupervisionFacade.class},
            (proxy, method, args) -> null);
    Inputs.checkArguments(facade, recordVisit, new Object[] {1L, 2L, day, "张三、李四", "已入户核查"});
    assertThatThrownBy(
            () ->
                Inputs.checkArguments(
                    facade,
                    recordVisit,
                    new Object[] {1L, 2L, day, "人".repeat(301), "况".repeat(2001)}))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo("membersPresent");
              assertThat(e.getMessage()).isEqualTo("参加人员不能超过300字；督导发现的情况不能超过2000字");
            });
  }
}
