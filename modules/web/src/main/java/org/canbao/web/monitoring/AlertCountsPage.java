package org.canbao.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.reporting.api.AlertCounts;
import org.canbao.reporting.api.MedicalAlertFacade;

/** 预警统计: the alerts of the caller's area per township (a township: per village) and state. */
@Named
@ViewScoped
public class AlertCountsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MedicalAlertFacade alerts;
  @Inject CurrentCaller caller;

  private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private AlertCounts counts;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    counts = alerts.counts(year, caller.get().scope().regionId());
  }

  /** The lines, then the total row (when there are any). */
  public List<AlertCounts.AreaCount> getRows() {
    List<AlertCounts.AreaCount> rows = new ArrayList<>(counts.lines());
    if (!rows.isEmpty()) {
      rows.add(counts.total());
    }
    return rows;
  }

  public AlertCounts getCounts() {
    return counts;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
