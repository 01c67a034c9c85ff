package org.canbao.web.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.canbao.kernel.api.EvidenceFile;

/**
 * An evidence file as a download: its checked content type, its name as the uploader gave it (RFC
 * 5987), never sniffed by the browser.
 */
final class EvidenceDownload {
  private EvidenceDownload() {}

  static Response of(EvidenceFile f) {
    return Response.ok(f.content(), f.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
