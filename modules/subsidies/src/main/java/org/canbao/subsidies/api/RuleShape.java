package org.canbao.subsidies.api;

/**
 * The shapes a subsidy rule takes in the notices: a percentage of the tier-1 (or tier-2) standard
 * of the person's insured type, a fixed amount, the full contribution of the chosen tier, or not
 * offered for that tier.
 */
public enum RuleShape {
  PERCENT_OF_TIER_1("按一档标准的百分比"),
  PERCENT_OF_TIER_2("按二档标准的百分比"),
  FIXED_AMOUNT("定额"),
  FULL_CONTRIBUTION("全额资助"),
  NOT_OFFERED("不予资助");

  private final String label;

  RuleShape(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
