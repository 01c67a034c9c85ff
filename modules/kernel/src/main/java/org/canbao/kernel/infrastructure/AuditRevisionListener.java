package org.canbao.kernel.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or "system" for start-up and background work. */
public class AuditRevisionListener implements RevisionListener {
  static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).setUsername(currentUser());
  }

  private static String currentUser() {
    try {
      Principal p = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return p == null ? SYSTEM : p.getName();
    } catch (RuntimeException noSecurityContext) {
      return SYSTEM;
    }
  }
}
