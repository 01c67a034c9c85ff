package org.canbao.kernel.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a facade method (or every method of a facade) needs; checked before the call
 * against the caller's current roles, refused with {@link AccessDeniedException} and recorded in
 * the security trail. On a method it replaces the class's.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {
  @Nonbinding
  Permission value();
}
