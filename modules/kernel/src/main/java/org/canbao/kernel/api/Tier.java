package org.canbao.kernel.api;

/** The contribution tier (档次) a person chooses. */
public enum Tier {
  TIER_1("一档"),
  TIER_2("二档");

  private final String label;

  Tier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
