package org.canbao.incentives.api;

/**
 * Which population the per-person work subsidy multiplies. Songgai 2023 says "按6元／人" without saying
 * which people; a district chooses, per year. The default is the insured people who count toward
 * the target (what the village achieved).
 */
public enum SubsidyBasis {
  INSURED("参保人数（计入目标的参保人）"),
  TARGET("目标任务数"),
  REGISTERED("户籍人数");

  private final String label;

  SubsidyBasis(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
