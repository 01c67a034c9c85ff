package org.canbao.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import org.canbao.kernel.api.EvidenceFile;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Small helpers for backing beans to talk to the page. */
public final class Pages {
  private Pages() {}

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** Something the user should look at that did not stop the action. */
  public static void warn(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A stored file (evidence) for a {@code p:fileDownload}, under the name it was uploaded with. */
  public static StreamedContent download(EvidenceFile f) {
    return DefaultStreamedContent.builder()
        .name(f.fileName())
        .contentType(f.contentType())
        .contentLength((long) f.content().length)
        .stream(() -> new ByteArrayInputStream(f.content()))
        .build();
  }
}
