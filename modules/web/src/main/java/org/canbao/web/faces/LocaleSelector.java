package org.canbao.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Simplified Chinese for everyone, English only for a browser that prefers it. A request that states
 * no preference gets Chinese (the server's own default locale must not decide).
 */
@Named
@RequestScoped
public class LocaleSelector {
  public Locale getLocale() {
    String header = FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap().get("Accept-Language");
    return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
