package org.canbao.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.canbao.reporting.api.StatusCheckFacade;
import org.canbao.reporting.api.StatusCheckLogEntry;
import org.canbao.web.faces.FacadePages;
import org.primefaces.model.LazyDataModel;

/** 参保状态查询记录: the district sees every check made by accounts inside it, newest first, filterable. */
@Named
@ViewScoped
public class StatusCheckLog implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject StatusCheckFacade checks;

  private String username;
  private String idNumber;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<StatusCheckLogEntry> model =
      new FacadePages<>(
          () -> checks.countLog(username, idNumber, from, to),
          (first, max, field, desc) ->
              checks.log(
                  username,
                  idNumber,
                  from,
                  to,
                  first,
                  max,
                  FacadePages.column(ORDERS, field),
                  desc),
          StatusCheckLogEntry::id);

  /** The columns of the page (their sortBy) and the facade's orders. */
  private static final Map<String, StatusCheckFacade.LogOrder> ORDERS =
      Map.of(
          "checkedAt()", StatusCheckFacade.LogOrder.CHECKED_AT,
          "checkerName()", StatusCheckFacade.LogOrder.CHECKED_BY,
          "organisation()", StatusCheckFacade.LogOrder.ORGANISATION,
          "date()", StatusCheckFacade.LogOrder.DATE,
          "result().label()", StatusCheckFacade.LogOrder.RESULT);

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public LazyDataModel<StatusCheckLogEntry> getModel() {
    return model;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
