package org.canbao.incentives.api;

/**
 * How often progress bulletins are taken automatically (Songgai: weekly reports, a meeting every
 * half month).
 */
public enum BulletinSchedule {
  NONE("不定期（手动）"),
  WEEKLY("每周一"),
  HALF_MONTHLY("每月1日和16日");

  private final String label;

  BulletinSchedule(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
