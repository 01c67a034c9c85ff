package org.canbao.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.kernel.api.YearClosedException;
import org.canbao.web.ops.DatabaseOutage;

/**
 * Anything else: a client error JAX-RS raised itself (bad JSON, an unknown enum value, a wrong
 * media type) keeps its status with a Chinese message; a server fault is logged with an incident
 * number and answered 500 with that number, never with an empty body or a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (unreadableParameter(e)) {
      // JAX-RS answers 404 for a query or form parameter it cannot convert (an unknown enum value,
      // letters for a number): the address exists, the value is wrong
      return json(400, "请求参数 " + parameterName(e) + " 的取值不正确，请检查其类型和可选值");
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      if (wae.getResponse().hasEntity()) {
        return wae.getResponse();
      }
      int status = wae.getResponse().getStatus();
      return json(status, clientMessage(status));
    }
    if (unreadableRequest(e)) {
      return json(400, clientMessage(400));
    }
    YearClosedException closed = YearClosedException.fromDatabase(e);
    if (closed != null) {
      // the database refused a write into a closed year that no facade check caught first
      return json(409, closed.getMessage());
    }
    String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    if (DatabaseOutage.causes(e)) {
      LOG.log(Level.SEVERE, "Incident " + incident + ": database unavailable", e);
      return json(503, DatabaseOutage.MESSAGE + "（事件编号 " + incident + "）");
    }
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return json(500, "系统错误，请联系管理员（事件编号 " + incident + "）");
  }

  /**
   * A query, form, header or cookie parameter JAX-RS could not convert to its type (Jersey's {@code
   * ParamException}).
   */
  static boolean unreadableParameter(Throwable e) {
    return e instanceof WebApplicationException
        && e.getClass().getName().startsWith("org.glassfish.jersey.server.ParamException")
        && !e.getClass().getName().endsWith("PathParamException");
  }

  private static String parameterName(Throwable e) {
    try {
      return String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
    } catch (ReflectiveOperationException | RuntimeException ignored) {
      return "";
    }
  }

  /** A body that is no JSON, or JSON of the wrong shape or with an unknown enum value. */
  static boolean unreadableRequest(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getName();
      if (name.startsWith("jakarta.json.")
          || name.equals("jakarta.ws.rs.ProcessingException")
          || name.contains("JsonbException")) {
        return true;
      }
    }
    return false;
  }

  static String clientMessage(int status) {
    return switch (status) {
      case 400 -> "请求格式不正确：请检查 JSON 内容、字段类型和取值";
      case 401 -> "请先登录";
      case 403 -> "无权执行此操作";
      case 404 -> "请求的地址不存在";
      case 405 -> "不支持此请求方法";
      case 406 -> "不支持所要求的返回格式";
      case 415 -> "不支持此内容类型";
      default -> "请求无法处理（HTTP " + status + "）";
    };
  }

  private static Response json(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, message, null))
        .build();
  }
}
