package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.canbao.enrollment.api.PersonView;
import org.canbao.enrollment.api.ProgressFacade;
import org.canbao.enrollment.api.VillageFigures;
import org.canbao.kernel.api.BusinessException;

/**
 * The campaign's progress as enrollment counts it: figures per village, the uninsured of a village.
 */
@Path("progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProgressResource {
  private static final int PAGE = 100;

  @Inject ProgressFacade progress;

  /** A page of the uninsured of a village, with how many there are in all. */
  public record Uninsured(long total, int first, List<PersonView> persons) {}

  /**
   * Every village inside the area with its figures for the year as of the date (default today);
   * {@code lowIncome} and {@code povertyAlleviated} name the categories of the two sub-targets
   * (repeat the parameter for several).
   */
  @GET
  @Path("villages")
  public List<VillageFigures> villages(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("asOf") String asOf,
      @QueryParam("lowIncome") Set<String> lowIncome,
      @QueryParam("povertyAlleviated") Set<String> povertyAlleviated) {
    return progress.villages(year, areaId, date(asOf), lowIncome, povertyAlleviated);
  }

  @GET
  @Path("uninsured")
  public Uninsured uninsured(
      @QueryParam("year") int year,
      @QueryParam("villageId") long villageId,
      @QueryParam("asOf") String asOf,
      @QueryParam("first") int first) {
    LocalDate on = date(asOf);
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return new Uninsured(
        progress.countUninsured(year, villageId, on),
        first,
        progress.uninsured(year, villageId, on, first, PAGE));
  }

  private static LocalDate date(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("asOf", "统计日期格式应为 yyyy-MM-dd：" + asOf);
    }
  }
}
