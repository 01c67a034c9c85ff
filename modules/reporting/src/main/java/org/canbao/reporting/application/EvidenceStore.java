package org.canbao.reporting.application;

/**
 * The follow-up ledger's evidence files, kept outside the database and the web root under names the
 * store chooses: the use case's port, implemented on disk in reporting's infrastructure ({@code
 * FileEvidenceStore}). Only the ledger's service reads them back, after its access check.
 */
public interface EvidenceStore {
  /** A stored file: the path relative to the evidence folder and the SHA-256 of the content. */
  record Stored(String path, String sha256) {}

  Stored store(int year, byte[] content, String extension);

  byte[] read(String relative);
}
