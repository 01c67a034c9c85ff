package org.canbao.kernel.api;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Not blank: {@code @NotBlank} under our own name, for the reason {@link MaxLength} gives. */
@Documented
@Constraint(validatedBy = {})
@NotBlank
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Filled {
  /** The Chinese message naming the field. */
  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
