package org.canbao.kernel.api;

/** Which fund pays a subsidy (医疗救助资金, 衔接资金, 卫健委 …). */
public enum FundingSource {
  MEDICAL_ASSISTANCE("医疗救助资金"),
  LINKAGE_FUND("衔接资金"),
  HEALTH_COMMISSION("卫健委资金"),
  OTHER("其他资金");

  private final String label;

  FundingSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
