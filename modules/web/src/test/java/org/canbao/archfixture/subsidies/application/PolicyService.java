package org.canbao.archfixture.subsidies.application;

import org.canbao.archfixture.enrollment.api.EnrollmentFacade;
import org.canbao.archfixture.subsidies.infrastructure.JpaPolicyStore;

/**
 * Breaks the layer direction (application uses infrastructure instead of the domain's port) and,
 * with enrollment's api using subsidies' api, closes a cycle between the two modules.
 */
public class PolicyService {
  JpaPolicyStore store = new JpaPolicyStore();
  EnrollmentFacade enrollments;

  public int publish() {
    return store.count() + enrollments.enrolled();
  }
}
