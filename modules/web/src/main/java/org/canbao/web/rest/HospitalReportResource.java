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
import org.canbao.reporting.api.HospitalReportFacade;
import org.canbao.reporting.api.HospitalReportView;

/** 医疗机构报告未参保: poor or low-income people hospitals found uninsured, of the caller's area. */
@Path("hospital-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class HospitalReportResource {
  @Inject HospitalReportFacade reports;

  @GET
  public List<HospitalReportView> list(@QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return reports.list(first, 100);
  }
}
