package org.canbao.kernel.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders uploaded files are kept in (import lists, evidence files) and the free space they
 * must keep: one definition of their configuration ({@code canbao.import.dir}, {@code
 * canbao.evidence.dir}, {@code canbao.disk.min-free-mb}) for the uploads and the health check.
 */
public interface UploadFolders {
  /** Where uploaded lists wait for their import. */
  Path imports();

  /** Where evidence files are kept. */
  Path evidence();

  /** Below this many MiB free, uploads are refused and the server is not ready. */
  long minFreeMb();

  /** The MiB free on the file store of {@code dir}. */
  default long freeMb(Path dir) throws IOException {
    return Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
  }

  /** Whether {@code dir} has at least the minimum free. */
  default boolean hasRoom(Path dir) throws IOException {
    return freeMb(dir) >= minFreeMb();
  }
}
