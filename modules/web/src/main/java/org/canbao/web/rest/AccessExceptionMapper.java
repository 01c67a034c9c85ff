package org.canbao.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A facade refused the caller's role: 403 with a Chinese message. */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Override
  public Response toResponse(EJBAccessException e) {
    return Response.status(403)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(403, "无权执行此操作：您的角色不允许", null))
        .build();
  }
}
