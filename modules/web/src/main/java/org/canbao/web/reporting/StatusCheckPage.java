package org.canbao.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.canbao.reporting.api.StatusCheckAnswer;
import org.canbao.reporting.api.StatusCheckFacade;
import org.canbao.reporting.api.StatusCheckRequest;

/**
 * 参保状态查询 (即保即享受): hospital staff enter one ID number (and the admission day, today if empty) and
 * see the answer; a malformed number or too many checks show as the page's error message.
 */
@Named
@ViewScoped
public class StatusCheckPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StatusCheckFacade checks;

  private String idNumber;
  private LocalDate date;
  private StatusCheckAnswer answer;

  public void check() {
    answer = null;
    answer = checks.check(new StatusCheckRequest(idNumber, date));
  }

  /** The style of the answer: green insured, amber waiting, red not insured. */
  public String getAnswerStyle() {
    if (answer == null) {
      return "";
    }
    return switch (answer.status()) {
      case INSURED -> "cb-status-insured";
      case WAITING -> "cb-status-waiting";
      case NOT_INSURED -> "cb-status-uninsured";
    };
  }

  public int getPerMinute() {
    return checks.perMinute();
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public StatusCheckAnswer getAnswer() {
    return answer;
  }
}
