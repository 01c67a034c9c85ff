package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.canbao.kernel.api.UploadFolders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link UploadFolders} from MicroProfile Config; both folders default to the temp folder's. */
@ApplicationScoped
public class ConfiguredUploadFolders implements UploadFolders {
  @Inject
  @ConfigProperty(name = "canbao.import.dir")
  Optional<String> importDir;

  @Inject
  @ConfigProperty(name = "canbao.evidence.dir")
  Optional<String> evidenceDir;

  @Inject
  @ConfigProperty(name = "canbao.disk.min-free-mb", defaultValue = "1024")
  long minFreeMb;

  @Override
  public Path imports() {
    return folder(importDir, "canbao-imports");
  }

  @Override
  public Path evidence() {
    return folder(evidenceDir, "canbao-evidence");
  }

  @Override
  public long minFreeMb() {
    return minFreeMb;
  }

  private static Path folder(Optional<String> configured, String inTemp) {
    return Path.of(configured.orElse(System.getProperty("java.io.tmpdir") + "/" + inTemp));
  }
}
