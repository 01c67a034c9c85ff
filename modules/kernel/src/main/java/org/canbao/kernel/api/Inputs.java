package org.canbao.kernel.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user or an API client sends (the {@code api} records: drafts, requests) carries its field
 * rules as Bean Validation constraints with Chinese messages, written in the annotation so that
 * they read the same whatever the JVM's locale; a facade's plain parameters carry them in the
 * facade's interface. Every facade call is checked by {@link #checkArguments} right after the
 * caller's permission (the kernel's permission interceptor), so the REST boundary does not validate
 * bodies itself ({@code @Valid} there would answer 400 before 403). A rule that needs more than the
 * field (a unique name, a region's level) stays with the facade or the entity.
 */
public final class Inputs {
  private Inputs() {}

  /** Built on first use: Payara's provider in the server, Hibernate Validator in unit tests. */
  private static final class Holder {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }

  /** The constraints {@code input} breaks, in the order its fields are declared. */
  public static <T> List<ConstraintViolation<T>> violations(T input) {
    return Holder.VALIDATOR.validate(input).stream().sorted(ORDER).toList();
  }

  /**
   * {@code input} unchanged when it keeps its constraints; otherwise a {@link BusinessException}
   * naming the first field broken, with every message (Chinese) joined. A missing input is refused
   * too.
   */
  public static <T> T check(T input) {
    if (input == null) {
      throw new BusinessException("请求内容不能为空");
    }
    List<ConstraintViolation<T>> broken = violations(input);
    if (!broken.isEmpty()) {
      throw refusal(broken);
    }
    return input;
  }

  /**
   * {@code input} when it was sent at all (its constraints are checked by {@link #checkArguments}
   * before the facade runs); a missing draft is refused.
   */
  public static <T> T present(T input) {
    if (input == null) {
      throw new BusinessException("请求内容不能为空");
    }
    return input;
  }

  /**
   * Checks a facade call's arguments: the constraints on its parameters (declared in the facade's
   * interface) and, for each argument that is one of our records (a draft, a request), the record's
   * own constraints. A missing draft is left to the facade.
   */
  public static void checkArguments(Object target, Method method, Object[] arguments) {
    if (arguments == null || arguments.length == 0) {
      return;
    }
    Set<ConstraintViolation<Object>> broken =
        new LinkedHashSet<>(
            Holder.VALIDATOR.forExecutables().validateParameters(target, method, arguments));
    for (Object argument : arguments) {
      collect(argument, broken);
    }
    if (!broken.isEmpty()) {
      throw refusal(broken);
    }
  }

  /**
   * The constraints broken by {@code value} when it is one of our records, and by the records it
   * holds (directly or in a collection) — a policy's rules, a draft's lines — without
   * {@code @Valid} on them.
   */
  @SuppressWarnings("unchecked")
  private static void collect(Object value, Set<ConstraintViolation<Object>> broken) {
    if (value instanceof Collection<?> items) {
      items.forEach(item -> collect(item, broken));
      return;
    }
    if (value == null
        || !value.getClass().isRecord()
        || !value.getClass().getName().startsWith("org.canbao.")) {
      return;
    }
    broken.addAll(Holder.VALIDATOR.validate(value));
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      try {
        collect(c.getAccessor().invoke(value), broken);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("record component " + c.getName(), e);
      }
    }
  }

  /**
   * The broken constraints as one refusal: the first field (declaration order) and all messages.
   */
  public static BusinessException refusal(Collection<? extends ConstraintViolation<?>> violations) {
    List<ConstraintViolation<?>> sorted =
        violations.stream().<ConstraintViolation<?>>map(v -> v).sorted(ORDER).toList();
    if (sorted.isEmpty()) {
      return new BusinessException("输入内容不符合要求");
    }
    String message =
        sorted.stream()
            .map(ConstraintViolation::getMessage)
            .distinct()
            .collect(Collectors.joining("；"));
    return new BusinessException(field(sorted.get(0)), message);
  }

  /**
   * The field a violation is about: the last named node of its path ({@code name}, not {@code
   * register.arg0.name}).
   */
  public static String field(ConstraintViolation<?> v) {
    String field = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    return field;
  }

  private static final Comparator<ConstraintViolation<?>> ORDER =
      Comparator.<ConstraintViolation<?>>comparingInt(Inputs::position)
          .thenComparing(v -> String.valueOf(field(v)))
          .thenComparing(ConstraintViolation::getMessage);

  /**
   * Where a violation's field is declared: a method parameter by its index, a record's field by its
   * place in the record; other beans' fields after, by name.
   */
  private static int position(ConstraintViolation<?> v) {
    int parameter = 0;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.as(Path.ParameterNode.class).getParameterIndex();
      }
    }
    Object bean = v.getLeafBean();
    String field = field(v);
    int inRecord = 999;
    if (bean != null && bean.getClass().isRecord() && field != null) {
      RecordComponent[] components = bean.getClass().getRecordComponents();
      int at = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(field);
      inRecord = at < 0 ? 999 : at;
    }
    return parameter * 1000 + inRecord;
  }
}
