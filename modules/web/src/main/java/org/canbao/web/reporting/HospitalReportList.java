package org.canbao.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.canbao.reporting.api.HospitalReportFacade;
import org.canbao.reporting.api.HospitalReportView;
import org.canbao.web.faces.FacadePages;
import org.primefaces.model.LazyDataModel;

/** 医疗机构报告未参保: the township's follow-up items from hospitals' checks, with who reported when. */
@Named
@ViewScoped
public class HospitalReportList implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject HospitalReportFacade reports;

  private final LazyDataModel<HospitalReportView> model =
      new FacadePages<>(
          () -> reports.count(),
          (first, max, field, desc) ->
              reports.list(first, max, FacadePages.column(ORDERS, field), desc),
          HospitalReportView::id);

  /** The columns of the page (their sortBy) and the facade's orders. */
  private static final Map<String, HospitalReportFacade.Order> ORDERS =
      Map.of(
          "reportedAt()", HospitalReportFacade.Order.REPORTED_AT,
          "organisation()", HospitalReportFacade.Order.ORGANISATION,
          "reporterName()", HospitalReportFacade.Order.REPORTED_BY,
          "idNumber()", HospitalReportFacade.Order.ID_NUMBER,
          "townshipName()", HospitalReportFacade.Order.TOWNSHIP,
          "villageName()", HospitalReportFacade.Order.VILLAGE,
          "date()", HospitalReportFacade.Order.DATE);

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public LazyDataModel<HospitalReportView> getModel() {
    return model;
  }
}
