package org.canbao.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.EvidenceStore;
import org.canbao.kernel.api.EvidenceType;
import org.canbao.reporting.domain.EvidenceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evidence files as the reporting module takes them in, for the follow-up ledger and for alerts
 * alike: the name cleaned, size and type checked by the kernel's {@link EvidenceStore} (one rule
 * for every module), at most {@code canbao.evidence.max-files} per item, then kept by that store
 * (outside the web root). Reading a file back is for the owner's service, after its access check.
 */
@ApplicationScoped
public class EvidenceIntake {
  @Inject EvidenceStore store;

  @Inject
  @ConfigProperty(name = "canbao.evidence.max-files", defaultValue = "10")
  int maxFiles;

  /** Checks and stores a file for an item of {@code year} that holds {@code held} files already. */
  public EvidenceRecord.StoredFile take(int year, String fileName, byte[] content, long held) {
    String name = EvidenceStore.cleanName(fileName);
    EvidenceType type = store.accept(name, content);
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
}
