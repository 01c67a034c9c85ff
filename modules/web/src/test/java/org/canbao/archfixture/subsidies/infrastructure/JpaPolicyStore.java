package org.canbao.archfixture.subsidies.infrastructure;

import org.canbao.archfixture.subsidies.domain.PolicyStore;

/** Implements the domain's port: allowed (infrastructure points inwards). */
public class JpaPolicyStore implements PolicyStore {
  @Override
  public int count() {
    return 0;
  }
}
