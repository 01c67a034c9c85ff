package org.canbao.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.NotFoundException;

/** Business exceptions as JSON: 403 outside the caller's area, 404 unknown, 400 rule broken. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Override
  public Response toResponse(BusinessException e) {
    int status = e instanceof AccessDeniedException ? 403 : e instanceof NotFoundException ? 404 : 400;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, e.getMessage(), e.field()))
        .build();
  }
}
