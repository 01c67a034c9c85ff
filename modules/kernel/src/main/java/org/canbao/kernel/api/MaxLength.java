package org.canbao.kernel.api;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * At most {@link #value()} characters: {@code @MaxLength(value = …)} under our own name. Payara's
 * OpenAPI scanner (6.2025.10) fails on a {@code @Size} or {@code @NotBlank} that a record component
 * passes on to its constructor's parameter (it expects a {@code @PathParam} there) and then
 * publishes no operation after it; a composed constraint is validated the same but not read by that
 * scanner.
 */
@Documented
@Constraint(validatedBy = {})
@Size
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MaxLength {
  @OverridesAttribute(constraint = Size.class, name = "max")
  int value();

  /** The Chinese message naming the field. */
  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
