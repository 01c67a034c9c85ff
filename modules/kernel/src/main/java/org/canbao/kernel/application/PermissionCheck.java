package org.canbao.kernel.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;

/**
 * Enforces {@link Requires} on facades: the method's permission, else its class's; then what the
 * caller sent ({@link Inputs#checkArguments}: the parameters' constraints and every draft's). In
 * this order for every door — screen, REST, import —, so a caller without the right hears 403
 * before anything about the content.
 */
@Requires(Permission.READ_REGIONS)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PermissionCheck {
  @Inject CurrentCaller caller;

  @AroundInvoke
  Object check(InvocationContext ctx) throws Exception {
    Requires required = ctx.getMethod().getAnnotation(Requires.class);
    if (required == null) {
      required = ctx.getMethod().getDeclaringClass().getAnnotation(Requires.class);
    }
    if (required == null) {
      required = ctx.getTarget().getClass().getAnnotation(Requires.class);
    }
    if (required != null) {
      caller.get().require(required.value());
    }
    Inputs.checkArguments(ctx.getTarget(), ctx.getMethod(), ctx.getParameters());
    return ctx.proceed();
  }
}
