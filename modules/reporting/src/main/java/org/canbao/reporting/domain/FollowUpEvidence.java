package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.canbao.kernel.api.EvidenceType;
import org.hibernate.envers.Audited;

/**
 * An evidence file of a follow-up item: where it is stored (outside the web root), its checked
 * type, who added it.
 */
@Entity
@Table(schema = "reporting", name = "follow_up_evidence")
@Audited
public class FollowUpEvidence {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "follow_up_id", nullable = false)
  private long followUpId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "stored_path", nullable = false, length = 500)
  private String storedPath;

  @Column(name = "uploaded_by", nullable = false, length = 40)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Version private int version;

  protected FollowUpEvidence() {}

  public FollowUpEvidence(
      long followUpId,
      String fileName,
      EvidenceType type,
      long size,
      String sha256,
      String storedPath,
      String by,
      Instant at) {
    this.followUpId = followUpId;
    this.fileName = fileName;
    this.contentType = type.contentType();
    this.size = size;
    this.sha256 = sha256;
    this.storedPath = storedPath;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public Long id() {
    return id;
  }

  public long followUpId() {
    return followUpId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String storedPath() {
    return storedPath;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
