package org.canbao.archfixture.incentives.application;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.canbao.archfixture.enrollment.api.EnrollmentFacade;
import org.canbao.archfixture.enrollment.api.FiguresChanged;
import org.canbao.archfixture.enrollment.internal.HiddenRegister;

/**
 * Enters enrollment by its api (allowed: incentives → enrollment.api) and by a package that is not
 * its api (a violation, although no rule names that package); observes an api event after commit
 * (allowed) and again while the firing transaction may still roll back (a violation).
 */
public class Ranking {
  EnrollmentFacade enrollments;

  public int rank() {
    return enrollments.enrolled() + new HiddenRegister().size();
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
    rank();
  }

  void tooEarly(@Observes FiguresChanged change) {
    rank();
  }
}
