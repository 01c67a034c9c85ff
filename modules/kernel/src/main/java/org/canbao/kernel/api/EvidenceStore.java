package org.canbao.kernel.api;

/**
 * Evidence files (receipts, certificates, death or migration proofs: scans or photos), kept outside
 * the database and the web root under names the store chooses; implemented on disk in the kernel's
 * infrastructure ({@code FileEvidenceStore}). One store for every module that keeps evidence (the
 * follow-up ledger, change requests): each reads a file back only after its own access check.
 */
public interface EvidenceStore {
  /** A stored file: the path relative to the evidence folder and the SHA-256 of the content. */
  record Stored(String path, String sha256) {}

  Stored store(int year, byte[] content, String extension);

  byte[] read(String relative);

  /** The largest file accepted ({@code canbao.evidence.max-bytes}, 10 MiB by default). */
  long maxBytes();

  /**
   * The type of an uploaded file named {@code name}: refused with a Chinese message when it is
   * larger than {@link #maxBytes}, empty, or not a PDF, JPEG or PNG by its content and name.
   */
  default EvidenceType accept(String name, byte[] content) {
    if (content != null && content.length > maxBytes()) {
      throw new BusinessException(
          "file", "佐证材料“" + name + "”超过" + (maxBytes() / 1024 / 1024) + "MB，请压缩后再上传");
    }
    return EvidenceType.of(name, content);
  }

  /**
   * Only the last part of a name the browser sent (some send the whole client path), at most 200
   * characters; "佐证材料" when none was sent.
   */
  static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "佐证材料";
    }
    String n = fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
