package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A day that differs from "weekdays work, weekends off": a holiday or a make-up working day. */
@Entity
@Table(schema = "reporting", name = "working_day_exception")
@Audited
public class WorkingDayException {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "calendar_day", nullable = false, unique = true)
  private LocalDate day;

  @Column(nullable = false)
  private boolean working;

  @Column(nullable = false, length = 100)
  private String note;

  @Version private int version;

  protected WorkingDayException() {}

  public WorkingDayException(LocalDate day, boolean working, String note) {
    this.day = day;
    change(working, note);
  }

  public void change(boolean working, String note) {
    this.working = working;
    this.note = note;
  }

  public Long id() {
    return id;
  }

  public LocalDate day() {
    return day;
  }

  public boolean working() {
    return working;
  }

  public String note() {
    return note;
  }
}
