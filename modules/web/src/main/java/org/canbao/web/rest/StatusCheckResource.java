package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.StatusCheckAnswer;
import org.canbao.reporting.api.StatusCheckFacade;
import org.canbao.reporting.api.StatusCheckLogEntry;
import org.canbao.reporting.api.StatusCheckRequest;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 即保即享受: a medical institution's system checks one patient's insurance status by ID number. A
 * {@code POST} (the ID number stays out of URLs and access logs, and the check writes a log row):
 * other systems sign in with HTTP Basic on every call; from a browser session the header {@code
 * X-Requested-With} is required like for every write ({@code ApiCsrfFilter}). Too many checks in a
 * minute are answered 429. The district reads the log with {@code GET}.
 */
@Path("status-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StatusCheckResource {
  @Inject StatusCheckFacade checks;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "429",
      description =
          "查询过于频繁：超过每个账号每分钟的查询次数（canbao.status-check.per-minute），请按 Retry-After 秒后再试 Too many checks this minute")
  public StatusCheckAnswer check(StatusCheckRequest request) {
    return checks.check(request);
  }

  @GET
  public List<StatusCheckLogEntry> log(
      @QueryParam("username") String username,
      @QueryParam("idNumber") String idNumber,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return checks.log(username, idNumber, date("from", from), date("to", to), first, 100);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException(field, "日期格式应为 yyyy-MM-dd：" + text);
    }
  }
}
