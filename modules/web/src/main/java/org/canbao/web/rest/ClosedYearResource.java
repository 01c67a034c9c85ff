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
import java.util.List;
import org.canbao.kernel.api.ClosedYearView;
import org.canbao.kernel.api.YearCloseFacade;

/**
 * 年度锁定: a district closes an insurance year once its year-end evaluation is published; a system
 * administrator reopens it with a reason (the body). Writes into a closed year are answered 409.
 */
@Path("closed-years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.WILDCARD)
public class ClosedYearResource {
  @Inject YearCloseFacade years;

  /** The closed (and reopened) years of the caller's area, newest first. */
  @GET
  public List<ClosedYearView> list() {
    return years.list();
  }

  @POST
  public ClosedYearView close(
      @QueryParam("districtId") long districtId, @QueryParam("year") int year) {
    return years.close(districtId, year);
  }

  /** Reopens a closed year; the body is the reason (required). */
  @POST
  @Path("reopen")
  public ClosedYearView reopen(
      @QueryParam("districtId") long districtId, @QueryParam("year") int year, String reason) {
    return years.reopen(districtId, year, reason);
  }
}
