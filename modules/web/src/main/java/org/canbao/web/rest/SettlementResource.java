package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.canbao.reporting.api.SettlementFacade;
import org.canbao.reporting.api.SettlementPerson;
import org.canbao.reporting.api.SettlementReport;

/**
 * 资金结算: subsidy totals of an area for an insurance year per funding source and department, and the
 * people behind a figure. Amounts in yuan; a reversed payment no longer counts.
 */
@Path("settlement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SettlementResource {
  @Inject SettlementFacade settlement;

  @GET
  public SettlementReport settlement(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return settlement.settlement(year, areaId);
  }

  @GET
  @Path("people")
  public List<SettlementPerson> people(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("fundingSource") String fundingSource,
      @QueryParam("fundingDepartment") String fundingDepartment,
      @QueryParam("certifyingDepartment") String certifyingDepartment,
      @QueryParam("max") @DefaultValue("1000") int max) {
    return settlement.people(
        year, areaId, fundingSource, fundingDepartment, certifyingDepartment, max);
  }
}
