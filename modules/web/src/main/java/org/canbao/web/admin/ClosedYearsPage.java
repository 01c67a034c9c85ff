package org.canbao.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.canbao.kernel.api.ClosedYearView;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.YearCloseFacade;
import org.canbao.web.faces.Pages;

/**
 * 年度锁定: the district's closed years; closing the last year once its year-end evaluation is
 * published, reopening (system administrators) with a reason.
 */
@Named
@ViewScoped
public class ClosedYearsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

  @Inject YearCloseFacade years;

  private List<ClosedYearView> closed;
  private List<RegionRef> districts;
  private Long districtId;
  private int year = LocalDate.now(CHINA).getYear() - 1;
  private ClosedYearView reopening;
  private String reason;

  @PostConstruct
  void load() {
    closed = years.list();
    districts = years.districts();
    if (districtId == null && districts.size() == 1) {
      districtId = districts.get(0).id();
    }
  }

  public void close() {
    ClosedYearView c = years.close(districtId == null ? 0 : districtId, year);
    Pages.info(c.districtName() + c.year() + "年度已锁定：该年度的参保记录、身份、考核结果和公示不能再变更");
    load();
  }

  public void startReopen(ClosedYearView c) {
    reopening = c;
    reason = null;
  }

  public void reopen() {
    ClosedYearView c = years.reopen(reopening.districtId(), reopening.year(), reason);
    Pages.info(c.districtName() + c.year() + "年度已解除锁定（" + c.reopenReason() + "）");
    reopening = null;
    load();
  }

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public List<ClosedYearView> getClosed() {
    return closed;
  }

  public List<RegionRef> getDistricts() {
    return districts;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public ClosedYearView getReopening() {
    return reopening;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
