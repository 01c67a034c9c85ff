package org.canbao.archfixture.subsidies.api;

/** A subsidies api type. */
public enum Tier {
  ONE,
  TWO
}
