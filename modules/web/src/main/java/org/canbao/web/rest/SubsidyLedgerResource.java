package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.FundingSource;
import org.canbao.reporting.api.SubsidyLedgerFacade;
import org.canbao.reporting.api.SubsidyLedgerQuery;
import org.canbao.reporting.api.SubsidyLedgerRow;

/** 资助参保台账: the subsidised payments of a year in the caller's area, 100 per page. */
@Path("ledgers/subsidies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SubsidyLedgerResource {
  @Inject SubsidyLedgerFacade ledger;

  @GET
  public List<SubsidyLedgerRow> list(
      @QueryParam("year") int year,
      @QueryParam("areaId") Long areaId,
      @QueryParam("category") String category,
      @QueryParam("fundingSource") FundingSource fundingSource,
      @QueryParam("text") String text,
      @QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    if (year <= 0) {
      throw new BusinessException("year", "请指定参保年度 year");
    }
    return ledger.page(
        new SubsidyLedgerQuery(year, areaId, category, fundingSource, text), first, 100);
  }
}
