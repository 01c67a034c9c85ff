package org.canbao.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.canbao.kernel.api.SecurityTrail;

/**
 * The container refused the caller's role on a bean: 403 with a Chinese message, recorded in the
 * security trail.
 */
@Provider
public class AccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Inject SecurityTrail trail;
  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(EJBAccessException e) {
    // recorded like every other refusal (issue 10 item 7)
    trail.accessDenied(
        request.getMethod() + " /api/" + uri.getPath().replaceFirst("^/", ""), "角色不允许");
    return Response.status(403)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(403, "无权执行此操作：您的角色不允许", null))
        .build();
  }
}
