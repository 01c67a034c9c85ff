package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the folders for uploaded name lists ({@code canbao.import.dir}) and for ledger
 * evidence files ({@code canbao.evidence.dir}) can be written and each has at least {@code
 * canbao.disk.min-free-mb} (default 1024) MiB free ({@code /health/ready}). Same defaults as the
 * modules that use the folders.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {
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
  public HealthCheckResponse call() {
    String tmp = System.getProperty("java.io.tmpdir");
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("upload-storage").withData("minFreeMb", minFreeMb);
    boolean up =
        check(response, "imports", Path.of(importDir.orElse(tmp + "/canbao-imports")))
            & check(response, "evidence", Path.of(evidenceDir.orElse(tmp + "/canbao-evidence")));
    return response.status(up).build();
  }

  /** Whether the folder can be written with enough free space; what was found goes in the data. */
  private boolean check(HealthCheckResponseBuilder response, String name, Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".health-", ".tmp");
      Files.delete(probe);
      long freeMb = Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
      response.withData(name + "FreeMb", freeMb);
      if (freeMb < minFreeMb) {
        response.withData(name, "free space below the minimum");
        return false;
      }
      response.withData(name, "writable");
      return true;
    } catch (IOException | SecurityException e) {
      response.withData(name, "not writable: " + e.getClass().getSimpleName());
      return false;
    }
  }
}
