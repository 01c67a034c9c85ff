package org.canbao.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.SecurityTrail;
import org.canbao.kernel.api.YearClosedException;
import org.canbao.reporting.api.StatusCheckLimitExceeded;

/**
 * Business exceptions as JSON: 403 outside the caller's area or role (recorded), 404 unknown, 409 a
 * write into a closed year (年度锁定), 429 too many status checks in a minute (with {@code
 * Retry-After}), 400 rule broken.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Inject SecurityTrail trail;
  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(BusinessException e) {
    int status =
        e instanceof AccessDeniedException
            ? 403
            : e instanceof NotFoundException
                ? 404
                : e instanceof YearClosedException
                    ? 409
                    : e instanceof StatusCheckLimitExceeded ? 429 : 400;
    if (status == 403) {
      trail.accessDenied(
          request.getMethod() + " /api/" + uri.getPath().replaceFirst("^/", ""), e.getMessage());
    }
    return Response.status(status)
        .header("Retry-After", status == 429 ? "60" : null)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, e.getMessage(), e.field()))
        .build();
  }
}
