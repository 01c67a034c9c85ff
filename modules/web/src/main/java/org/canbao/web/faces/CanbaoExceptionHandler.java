package org.canbao.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.SecurityTrail;
import org.canbao.kernel.api.YearClosedException;
import org.canbao.web.ops.DatabaseOutage;

/**
 * Turns exceptions into something a user can act on: business rule violations become Chinese
 * messages on the same page; an expired page goes back to sign-in; anything else is logged with an
 * incident number and the user sees that number, never a stack trace.
 */
public class CanbaoExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(CanbaoExceptionHandler.class.getName());

  public CanbaoExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      events.remove();
      Throwable root = businessCause(t);
      if (!(root instanceof BusinessException) && YearClosedException.fromDatabase(t) != null) {
        // the database refused a write into a closed year that no facade check caught first
        root = YearClosedException.fromDatabase(t);
      }
      try {
        if (root instanceof AccessDeniedException denied) {
          CDI.current()
              .select(SecurityTrail.class)
              .get()
              .accessDenied(viewId(faces), denied.getMessage());
        }
        if (root instanceof BusinessException be
            && faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
            && !faces.getPartialViewContext().isAjaxRequest()) {
          // the page could not be built (its bean refused while rendering): a page saying why, not
          // a blank one
          faces.getExternalContext().getFlash().put("reason", be.getMessage());
          redirect(faces, root instanceof AccessDeniedException ? "/denied.xhtml" : "/error.xhtml");
        } else if (root instanceof BusinessException be) {
          faces.addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, be.getMessage(), null));
          faces.validationFailed();
          if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.renderResponse();
          }
        } else if (root instanceof EJBAccessException) {
          redirect(faces, "/denied.xhtml");
        } else if (root instanceof ViewExpiredException) {
          redirect(faces, "/index.xhtml?expired=true");
        } else if (root instanceof ProtectedViewException) {
          // CSRF guard: a protected page was requested without the token its menu links carry
          redirect(faces, "/index.xhtml?protected=true");
        } else if (DatabaseOutage.causes(t)) {
          // the database is stopped or out of reach: say so, no stack trace; the log has the cause
          String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
          LOG.log(Level.SEVERE, "Incident " + incident + ": database unavailable", t);
          faces
              .getExternalContext()
              .getFlash()
              .put("reason", DatabaseOutage.MESSAGE + "（事件编号 " + incident + "）");
          redirect(faces, "/error.xhtml");
        } else {
          String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
          LOG.log(Level.SEVERE, "Incident " + incident, t);
          redirect(faces, "/error.xhtml?incident=" + incident);
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not show an error page", e);
      }
    }
    getWrapped().handle();
  }

  private static String viewId(FacesContext faces) {
    return faces.getViewRoot() == null
        ? faces.getExternalContext().getRequestServletPath()
        : faces.getViewRoot().getViewId();
  }

  private static void redirect(FacesContext faces, String page) throws IOException {
    var ec = faces.getExternalContext();
    if (!ec.isResponseCommitted()) {
      ec.redirect(ec.getRequestContextPath() + page);
    }
    faces.responseComplete();
  }

  /** The first business exception in the cause chain, else the innermost cause. */
  static Throwable businessCause(Throwable t) {
    Throwable cur = t;
    Throwable last = t;
    while (cur != null) {
      if (cur instanceof BusinessException
          || cur instanceof EJBAccessException
          || cur instanceof ViewExpiredException
          || cur instanceof ProtectedViewException) {
        return cur;
      }
      last = cur;
      cur =
          cur instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : cur.getCause();
      if (cur == last) {
        break;
      }
    }
    return last instanceof FacesException && last.getCause() != null ? last.getCause() : last;
  }
}
