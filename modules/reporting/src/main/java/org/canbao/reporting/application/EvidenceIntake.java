package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.domain.EvidenceRecord;
import org.canbao.reporting.domain.EvidenceType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evidence files as the reporting module takes them in, for the follow-up ledger and for alerts
 * alike: the name cut to its last part (some browsers send the whole client path), the size within
 * {@code canbao.evidence.max-bytes}, the type by content ({@link EvidenceType}), at most {@code
 * canbao.evidence.max-files} per item, then kept by the {@link EvidenceStore} (outside the web
 * root). Reading a file back is for the owner's service, after its access check.
 */
@ApplicationScoped
public class EvidenceIntake {
  @Inject EvidenceStore store;

  @Inject
  @ConfigProperty(name = "canbao.evidence.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "canbao.evidence.max-files", defaultValue = "10")
  int maxFiles;

  /** Checks and stores a file for an item of {@code year} that holds {@code held} files already. */
  public EvidenceRecord.StoredFile take(int year, String fileName, byte[] content, long held) {
    String name = fileName == null || fileName.isBlank() ? "佐证材料" : lastPart(fileName);
    if (content != null && content.length > maxBytes) {
      throw new BusinessException(
          "file", "佐证材料“" + name + "”超过" + (maxBytes / 1024 / 1024) + "MB，请压缩后再上传");
    }
    EvidenceType type = EvidenceType.of(name, content);
    if (held >= maxFiles) {
      throw new BusinessException("file", "每人最多上传" + maxFiles + "个佐证材料，已有" + held + "个");
    }
    EvidenceStore.Stored stored = store.store(year, content, type.name().toLowerCase(Locale.ROOT));
    return new EvidenceRecord.StoredFile(
        name, type, content.length, stored.sha256(), stored.path());
  }

  public byte[] read(EvidenceRecord file) {
    return store.read(file.storedPath());
  }

  /** Only the last part of a name the browser sent. */
  static String lastPart(String fileName) {
    String n = fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
