package org.canbao.archfixture.subsidies.domain;

import org.canbao.archfixture.subsidies.application.PolicyService;
import org.canbao.archfixture.subsidies.infrastructure.JpaPolicyStore;

/** Breaks the layer direction twice: the domain uses application and infrastructure. */
public class PolicyRule {
  public int apply(PolicyService service, JpaPolicyStore store) {
    return service.publish() + store.count();
  }
}
