package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.canbao.kernel.api.UploadFolders;
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
  @Inject UploadFolders folders;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("upload-storage").withData("minFreeMb", folders.minFreeMb());
    boolean up =
        check(response, "imports", folders.imports())
            & check(response, "evidence", folders.evidence());
    return response.status(up).build();
  }

  /** Whether the folder can be written with enough free space; what was found goes in the data. */
  private boolean check(HealthCheckResponseBuilder response, String name, Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".health-", ".tmp");
      Files.delete(probe);
      long freeMb = folders.freeMb(dir);
      response.withData(name + "FreeMb", freeMb);
      if (freeMb < folders.minFreeMb()) {
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
