package org.canbao.kernel.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: when, by whom, and which entity types it changed. */
@Entity
@Table(schema = "kernel", name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private Long id;

  @RevisionTimestamp
  @Column(name = "rev_timestamp", nullable = false)
  private long timestamp;

  @Column(nullable = false, length = 40)
  private String username;

  /** What bulk work wrote in this revision, in words; null for ordinary edits. */
  @Column(length = 300)
  private String note;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(schema = "kernel", name = "revchanges", joinColumns = @JoinColumn(name = "rev"))
  @Column(name = "entityname", length = 255)
  @ModifiedEntityNames
  private Set<String> modifiedEntityNames = new HashSet<>();

  public Long getId() {
    return id;
  }

  public long getTimestamp() {
    return timestamp;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getNote() {
    return note;
  }

  public Set<String> getModifiedEntityNames() {
    return modifiedEntityNames;
  }
}
