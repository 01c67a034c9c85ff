package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.envers.Audited;

/**
 * Help asked of one department for an alert (民政局: medical assistance, 乡村振兴局: the monitoring
 * household, 卫健委 …), and its answer: what the department did, who recorded it and when. A
 * department answers once; the alert is 已反馈 when every department asked has answered.
 */
@Entity
@Table(schema = "reporting", name = "medical_alert_help")
@Audited
public class AlertHelpRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "alert_id", nullable = false)
  private long alertId;

  @Column(nullable = false, length = 60)
  private String department;

  @Column(name = "request_note", length = 1000)
  private String requestNote;

  @Column(name = "requested_by", nullable = false, length = 40)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(length = 1000)
  private String answer;

  @Column(name = "answered_by", length = 40)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private int version;

  protected AlertHelpRequest() {}

  public AlertHelpRequest(long alertId, String department, String note, String by, Instant at) {
    this.alertId = alertId;
    this.department = department;
    this.requestNote = note;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  public void answer(String answer, String by, Instant at) {
    if (answered()) {
      throw new BusinessException("answer", department + "已于" + answeredAt + "反馈，不能重复反馈");
    }
    this.answer = MedicalAlert.required(answer, "帮扶情况");
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public boolean answered() {
    return answeredAt != null;
  }

  /**
   * Whether a department's account of {@code organisation} (永川区民政局) is the department asked (民政局).
   */
  public boolean addressedTo(String organisation) {
    return organisation != null && organisation.contains(department);
  }

  public Long id() {
    return id;
  }

  public long alertId() {
    return alertId;
  }

  public String department() {
    return department;
  }

  public String requestNote() {
    return requestNote;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String answer() {
    return answer;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
