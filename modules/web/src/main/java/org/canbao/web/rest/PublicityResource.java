package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.PublicityEntry;
import org.canbao.reporting.api.PublicityFacade;
import org.canbao.reporting.api.PublicityPostingView;
import org.canbao.reporting.api.PublicitySummary;
import org.canbao.reporting.api.WorkingDayFacade;
import org.canbao.reporting.api.WorkingDayView;

/**
 * 公示: the summary in the layout of the Fuling 2023 attachment, the masked lists of subsidised
 * people for notice boards, the postings of townships and villages with the end of their
 * 5-working-day period, and the calendar of holidays and make-up working days. Dates ISO
 * (2023-03-31).
 */
@Path("publicity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PublicityResource {
  @Inject PublicityFacade publicity;
  @Inject WorkingDayFacade workingDays;

  /** That a township or village posted its publicity of a year on a day. */
  public record PostingDraft(
      int year, Long regionId, LocalDate postedOn, String place, String note) {}

  /** A holiday (working false) or make-up working day (working true). */
  public record WorkingDayDraft(LocalDate day, Boolean working, String note) {}

  @GET
  @Path("summary")
  public PublicitySummary summary(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("asOf") String asOf,
      @QueryParam("povertyOnly") @DefaultValue("true") boolean povertyOnly) {
    return publicity.summary(year, areaId, date(asOf), povertyOnly);
  }

  @GET
  @Path("list")
  public List<PublicityEntry> list(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("asOf") String asOf,
      @QueryParam("povertyOnly") @DefaultValue("true") boolean povertyOnly) {
    return publicity.list(year, areaId, date(asOf), povertyOnly);
  }

  @GET
  @Path("postings")
  public List<PublicityPostingView> postings(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return publicity.postings(year, areaId);
  }

  @POST
  @Path("postings")
  public PublicityPostingView record(PostingDraft d) {
    return d == null
        ? publicity.recordPosting(0, 0, null, null, null)
        : publicity.recordPosting(
            d.year(), d.regionId() == null ? 0 : d.regionId(), d.postedOn(), d.place(), d.note());
  }

  @GET
  @Path("working-days")
  public List<WorkingDayView> workingDays(@QueryParam("year") int year) {
    return workingDays.list(year);
  }

  @PUT
  @Path("working-days")
  public WorkingDayView setWorkingDay(WorkingDayDraft d) {
    return d == null
        ? workingDays.set(null, null, null)
        : workingDays.set(d.day(), d.working(), d.note());
  }

  @DELETE
  @Path("working-days/{id}")
  public WorkingDayView removeWorkingDay(@PathParam("id") long id) {
    return workingDays.remove(id);
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("asOf", "日期格式应为 2023-03-31：" + text);
    }
  }
}
