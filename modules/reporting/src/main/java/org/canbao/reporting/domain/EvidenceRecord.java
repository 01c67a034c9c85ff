package org.canbao.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.canbao.kernel.api.EvidenceType;
import org.hibernate.envers.Audited;

/**
 * An evidence file as the reporting module keeps it (a ledger item's, an alert's): the name the
 * user gave, its type checked by content ({@link EvidenceType}), size, SHA-256, where the evidence
 * store put it (outside the web root), who added it and when. Each owner has its table.
 */
@MappedSuperclass
@Audited
public abstract class EvidenceRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  protected EvidenceRecord() {}

  protected EvidenceRecord(StoredFile file, String by, Instant at) {
    this.fileName = file.fileName();
    this.contentType = file.type().contentType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storedPath = file.storedPath();
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  /** A file as the evidence store keeps it: name, checked type, size, hash and place. */
  public record StoredFile(
      String fileName, EvidenceType type, long size, String sha256, String storedPath) {}

  public Long id() {
    return id;
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
