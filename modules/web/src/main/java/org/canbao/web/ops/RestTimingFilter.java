package org.canbao.web.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;

/** Times every REST request by the operation that answered it (see {@link RequestTimings}). */
@Provider
@PreMatching
public class RestTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String STARTED = RestTimingFilter.class.getName() + ".started";

  @Context ResourceInfo resource;
  @Inject RequestTimings timings;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    Method method = resource == null ? null : resource.getResourceMethod();
    String operation =
        method == null
            ? "unmatched"
            : method.getDeclaringClass().getSimpleName().split("\\$")[0] + "." + method.getName();
    timings.rest(operation, response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
  }
}
