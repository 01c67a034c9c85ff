package org.canbao.subsidies.api;

/**
 * Whether holding an identity category spares a late payer the waiting period (待遇等待期). The Shetan
 * 2023 notice: "……新生儿（出生后90天内）、农村低收入人口、稳定脱贫人口等特殊群体，不设等待期" — the rural low-income population and
 * stable post-poverty people. It is data of each category, set on the categories screen.
 */
public enum WaitingPeriodExemption {
  /** Waits like anyone paying late. */
  NONE("须经等待期"),
  /** Benefits from the payment date (e.g. 稳定脱贫人口). */
  ALWAYS("免等待期"),
  /**
   * Benefits from the payment date when the person's household is rural (农业/农村户口), as the notice
   * says of low-income people; an urban household waits. A household type not recorded counts as
   * rural — the notice's case, since the campaign's low-income people are rural — and the quote
   * says so.
   */
  RURAL_HOUSEHOLD("农村户口免等待期");

  private final String label;

  WaitingPeriodExemption(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
