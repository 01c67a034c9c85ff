package org.canbao.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.canbao.reporting.api.HospitalReportFacade;
import org.canbao.reporting.api.HospitalReportView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 医疗机构报告未参保: the township's follow-up items from hospitals' checks, with who reported when. */
@Named
@ViewScoped
public class HospitalReportList implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject HospitalReportFacade reports;

  private final LazyDataModel<HospitalReportView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) reports.count();
        }

        @Override
        public List<HospitalReportView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return reports.list(first, pageSize);
        }

        @Override
        public String getRowKey(HospitalReportView r) {
          return String.valueOf(r.id());
        }

        @Override
        public HospitalReportView getRowData(String rowKey) {
          return getWrappedData().stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
      };

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public LazyDataModel<HospitalReportView> getModel() {
    return model;
  }
}
