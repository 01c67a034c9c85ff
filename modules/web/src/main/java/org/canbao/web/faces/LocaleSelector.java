package org.canbao.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Simplified Chinese for every page whatever the browser sends; English only when the user chooses
 * it ({@code ?lang=en}, kept for the session; {@code ?lang=zh} goes back). Officers' browsers are
 * often set to English by the IT department; the campaign's screens must still read in Chinese.
 */
@Named
@RequestScoped
public class LocaleSelector {
  static final String CHOICE = "canbao.locale";

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      String asked = ec.getRequestParameterMap().get("lang");
      if ("en".equals(asked) || "zh".equals(asked)) {
        ec.getSessionMap().put(CHOICE, asked);
      }
      Object chosen = ec.getSession(false) == null ? null : ec.getSessionMap().get(CHOICE);
      locale = "en".equals(chosen) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.equals(getLocale());
  }
}
