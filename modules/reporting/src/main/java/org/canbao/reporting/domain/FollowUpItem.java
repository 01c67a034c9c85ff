package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person of the uninsured follow-up ledger for an insurance year: found by one or more
 * cross-checks, followed up by the village (reason, contact, enrolment) and reviewed by the
 * township. A cross-check run again refreshes what it knows of the person (village, lists, whether
 * still uninsured) and never touches the reason and status people recorded — except that a person
 * insured by now is enrolled, and one enrolled who is uninsured again (the payment reversed) is to
 * be contacted again.
 */
@Entity
@Table(schema = "reporting", name = "follow_up")
@Audited
public class FollowUpItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "insurance_year", nullable = false)
  private int year;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "id_number", nullable = false, length = 18)
  private String idNumber;

  @Column(nullable = false, length = 50)
  private String name;

  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(name = "village_path", nullable = false, length = 200)
  private String villagePath;

  @Column(name = "found_by", nullable = false, length = 100)
  private String foundBy;

  @Column(length = 300)
  private String categories;

  @Column(name = "identified_month", length = 7)
  private String identifiedMonth;

  @Enumerated(EnumType.STRING)
  @Column(name = "registry_status", length = 20)
  private PersonStatus registryStatus;

  @Column(name = "still_uninsured", nullable = false)
  private boolean stillUninsured;

  /**
   * When a check last found the person (not audited: a check that only confirms an item changes
   * nothing in its history; the check's own revision says when it ran — see docs/architecture.md).
   */
  @NotAudited
  @Column(name = "last_checked_at", nullable = false)
  private Instant lastCheckedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private FollowUpReason reason;

  @Column(name = "reason_note", length = 500)
  private String reasonNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FollowUpStatus status;

  @Column(name = "status_by", nullable = false, length = 40)
  private String statusBy;

  @Column(name = "status_at", nullable = false)
  private Instant statusAt;

  @Version private int version;

  protected FollowUpItem() {}

  /**
   * A person a cross-check found not insured; the register's status may already give the reason.
   */
  public FollowUpItem(int year, FoundPerson p, CrossCheckKind kind, String by, Instant at) {
    this.year = year;
    this.personId = p.personId();
    this.idNumber = p.idNumber();
    this.foundBy = kind.name();
    this.status = FollowUpStatus.TO_CONTACT;
    this.statusBy = by;
    this.statusAt = at;
    refresh(p, kind, at);
  }

  /** What a cross-check knows of a person it found: identity, village, register status, lists. */
  public record FoundPerson(
      long personId,
      String idNumber,
      String name,
      long villageId,
      String villagePath,
      PersonStatus registryStatus,
      String categories,
      String identifiedMonth) {}

  /**
   * Found (again) not insured by {@code kind}: refresh what the check knows; the recorded reason
   * stays.
   */
  public void refresh(FoundPerson p, CrossCheckKind kind, Instant at) {
    name = p.name();
    villageId = p.villageId();
    villagePath = p.villagePath();
    registryStatus = p.registryStatus();
    Set<CrossCheckKind> kinds = foundBy();
    kinds.add(kind);
    foundBy = String.join(",", kinds.stream().map(Enum::name).toList());
    if (p.categories() != null) {
      categories = p.categories();
    }
    if (p.identifiedMonth() != null) {
      identifiedMonth = p.identifiedMonth();
    }
    stillUninsured = true;
    lastCheckedAt = at;
    if (reason == null) {
      reason = CrossCheckRule.reasonFromRegister(registryStatus).orElse(null);
    }
  }

  /**
   * A follow-up marked enrolled earlier whose person is uninsured again starts over (待联系); the
   * reason stays.
   */
  public void reopenIfEnrolled(String by, Instant at) {
    if (status == FollowUpStatus.ENROLLED) {
      setStatus(FollowUpStatus.TO_CONTACT, by, at);
    }
  }

  /** A later check found the person insured: 已参保, by whoever ran it. */
  public boolean insuredNow(String by, Instant at) {
    boolean changed = stillUninsured || status != FollowUpStatus.ENROLLED;
    stillUninsured = false;
    lastCheckedAt = at;
    if (status != FollowUpStatus.ENROLLED) {
      setStatus(FollowUpStatus.ENROLLED, by, at);
    }
    return changed;
  }

  /**
   * Records the reason and the status. {@link FollowUpReason#OTHER} needs a note; a proven reason
   * needs a reason and at least one evidence file (the notice: "要有佐证材料").
   */
  public void update(
      FollowUpReason newReason,
      String note,
      FollowUpStatus newStatus,
      int evidenceCount,
      String by,
      Instant at) {
    if (newStatus == null) {
      throw new BusinessException("status", "请选择跟进状态");
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (newReason == FollowUpReason.OTHER && cleanNote == null) {
      throw new BusinessException("reasonNote", "原因为“其他”时须填写说明");
    }
    if (cleanNote != null && cleanNote.length() > 500) {
      throw new BusinessException("reasonNote", "说明不能超过500字");
    }
    if (newStatus == FollowUpStatus.REASON_PROVEN && newReason == null) {
      throw new BusinessException("reason", "原因已核实须选择未参保原因");
    }
    if (newStatus == FollowUpStatus.REASON_PROVEN && evidenceCount == 0) {
      throw new BusinessException("status", "原因已核实须先上传佐证材料");
    }
    reason = newReason;
    reasonNote = cleanNote;
    if (newStatus != status) {
      setStatus(newStatus, by, at);
    }
  }

  private void setStatus(FollowUpStatus s, String by, Instant at) {
    status = s;
    statusBy = by;
    statusAt = at;
  }

  public Set<CrossCheckKind> foundBy() {
    Set<CrossCheckKind> kinds = EnumSet.noneOf(CrossCheckKind.class);
    if (foundBy != null && !foundBy.isBlank()) {
      Arrays.stream(foundBy.split(",")).map(CrossCheckKind::valueOf).forEach(kinds::add);
    }
    return kinds;
  }

  public List<CrossCheckKind> foundByList() {
    return new ArrayList<>(foundBy());
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public long personId() {
    return personId;
  }

  public String idNumber() {
    return idNumber;
  }

  public String name() {
    return name;
  }

  public long villageId() {
    return villageId;
  }

  public String villagePath() {
    return villagePath;
  }

  public String categories() {
    return categories;
  }

  public String identifiedMonth() {
    return identifiedMonth;
  }

  public PersonStatus registryStatus() {
    return registryStatus;
  }

  public boolean stillUninsured() {
    return stillUninsured;
  }

  public FollowUpReason reason() {
    return reason;
  }

  public String reasonNote() {
    return reasonNote;
  }

  public FollowUpStatus status() {
    return status;
  }

  public String statusBy() {
    return statusBy;
  }

  public Instant statusAt() {
    return statusAt;
  }
}
