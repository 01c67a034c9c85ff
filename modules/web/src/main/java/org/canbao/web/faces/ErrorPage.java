package org.canbao.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.canbao.web.ops.DatabaseOutage;

/**
 * What the error page says: the reason the exception handler left in the flash or, when the
 * container sent the request here because of an exception thrown outside JSF (a filter reading the
 * caller's account while the database is down), that the database cannot be reached — then with
 * status 503.
 */
@Named
@RequestScoped
public class ErrorPage {
  private String reason;
  private boolean read;

  public String getReason() {
    if (!read) {
      read = true;
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      Object flashed = ec.getFlash().get("reason");
      if (flashed != null) {
        reason = flashed.toString();
      } else if (ec.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
          && DatabaseOutage.causes(t)) {
        reason = DatabaseOutage.MESSAGE;
        if (ec.getResponse() instanceof HttpServletResponse response) {
          response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
      }
    }
    return reason;
  }
}
