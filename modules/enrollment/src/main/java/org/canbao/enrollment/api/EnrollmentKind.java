package org.canbao.enrollment.api;

/**
 * The ways a person counts as insured for a year (DOMAIN.md §5, §8: progress counts all of them).
 */
public enum EnrollmentKind {
  RESIDENT_PAYMENT("居民医保缴费"),
  EMPLOYEE_INSURANCE("职工医保"),
  INSURED_OUTSIDE("市外/区外参保"),
  /** A newborn of the year following its guardian, who paid that year; no payment of its own. */
  FOLLOWS_GUARDIAN("随监护人参保");

  private final String label;

  EnrollmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
