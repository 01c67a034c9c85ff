package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.canbao.kernel.api.EvidenceStore;
import org.canbao.kernel.api.UploadFolders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evidence files on disk, outside the web root: under {@code canbao.evidence.dir} (environment
 * {@code CANBAO_EVIDENCE_DIR}; default the temp folder's {@code canbao-evidence}), one folder per
 * insurance year, each file under a random name (the name the user gave is kept in the database
 * only, so no upload can choose where it lands). Only the services that keep evidence read them
 * back, after their access checks.
 */
@ApplicationScoped
public class FileEvidenceStore implements EvidenceStore {
  @Inject UploadFolders folders;

  @Inject
  @ConfigProperty(name = "canbao.evidence.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Override
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public Stored store(int year, byte[] content, String extension) {
    String relative = year + "/" + UUID.randomUUID() + "." + extension;
    Path target = root().resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stored(relative, sha256(content));
  }

  @Override
  public byte[] read(String relative) {
    Path p = root().resolve(relative).normalize();
    if (!p.startsWith(root())) {
      throw new IllegalStateException("evidence path outside the evidence folder: " + relative);
    }
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path root() {
    return folders.evidence().toAbsolutePath().normalize();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
