package org.canbao.web.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Inputs;

/**
 * Constraints the container checks itself (the facades check what callers send, after the
 * permission, and answer {@link BusinessException}): 400 with the constraints' Chinese messages and
 * the first field broken, the shape of every other API error — the same answer as {@link
 * Inputs#refusal} gives the facades.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(error(e))
        .build();
  }

  static ApiError error(ConstraintViolationException e) {
    BusinessException refusal = Inputs.refusal(e.getConstraintViolations());
    return new ApiError(400, refusal.getMessage(), refusal.field());
  }
}
