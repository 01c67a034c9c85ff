package org.canbao.incentives.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.canbao.incentives.api.ProgressLine;

/**
 * A progress bulletin (进度通报): the figures of an area's townships and villages as of a date, frozen
 * when taken — payments registered later never change it. Numbered per area and year; the ranking's
 * change is against the previous bulletin. Kind: taken on demand, on the schedule, or as the
 * year-end snapshot an evaluation is computed from.
 */
@Entity
@Table(schema = "incentives", name = "bulletin")
public class Bulletin {
  /** Why a bulletin was taken. */
  public enum Kind {
    ON_DEMAND("手动通报"),
    SCHEDULED("定期通报"),
    YEAR_END("年终考核快照");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "area_path", nullable = false, length = 200)
  private String areaPath;

  @Column(name = "area_name", nullable = false, length = 60)
  private String areaName;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "bulletin_no", nullable = false)
  private int number;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "taken_by", nullable = false, length = 40)
  private String takenBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Kind kind;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      schema = "incentives",
      name = "bulletin_line",
      joinColumns = @JoinColumn(name = "bulletin_id"))
  @OrderBy("lineNo")
  private List<BulletinLine> lines = new ArrayList<>();

  protected Bulletin() {}

  public Bulletin(
      long areaId,
      String areaPath,
      String areaName,
      int year,
      int number,
      LocalDate asOf,
      Instant takenAt,
      String takenBy,
      Kind kind,
      List<ProgressLine> lines) {
    this.areaId = areaId;
    this.areaPath = areaPath;
    this.areaName = areaName;
    this.year = year;
    this.number = number;
    this.asOf = asOf;
    this.takenAt = takenAt;
    this.takenBy = takenBy;
    this.kind = kind;
    for (int i = 0; i < lines.size(); i++) {
      this.lines.add(new BulletinLine(i + 1, lines.get(i)));
    }
  }

  public List<ProgressLine> lines() {
    return lines.stream()
        .sorted(Comparator.comparingInt(BulletinLine::lineNo))
        .map(BulletinLine::view)
        .toList();
  }

  public Long id() {
    return id;
  }

  public long areaId() {
    return areaId;
  }

  public String areaPath() {
    return areaPath;
  }

  public String areaName() {
    return areaName;
  }

  public int year() {
    return year;
  }

  public int number() {
    return number;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public String takenBy() {
    return takenBy;
  }

  public Kind kind() {
    return kind;
  }
}
