package org.canbao.web.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.canbao.kernel.api.EvidenceFile;

/** A stored file sent back as an attachment under the name it was uploaded with. */
final class Downloads {
  private Downloads() {}

  static Response attachment(EvidenceFile f) {
    return Response.ok(f.content(), f.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
