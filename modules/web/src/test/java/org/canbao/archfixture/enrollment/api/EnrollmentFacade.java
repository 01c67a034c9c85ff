package org.canbao.archfixture.enrollment.api;

/** The module's surface: using it from another module is allowed. */
public interface EnrollmentFacade {
  int enrolled();
}
