package org.canbao.subsidies.api;

/**
 * The groups identity categories fall into. "Low-income population" (低收入人口) are the seven
 * categories of DOMAIN.md §3; stable post-poverty people form their own group.
 */
public enum CategoryGroup {
  LOW_INCOME("低收入人口"),
  POVERTY_ALLEVIATED("脱贫人口"),
  CIVIL_AFFAIRS("民政救助对象"),
  DISABILITY("残疾人"),
  VETERANS("优抚对象"),
  FAMILY_PLANNING("计生特殊家庭"),
  EDUCATION("困难学生"),
  OTHER("其他");

  private final String label;

  CategoryGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
