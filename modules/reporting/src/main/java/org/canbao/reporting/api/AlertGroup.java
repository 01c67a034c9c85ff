package org.canbao.reporting.api;

/**
 * The groups of people the return-to-poverty monitoring draws a line for (DOMAIN.md §11, a county
 * notice of 2024): low-income categories (a multiple of the year's monitoring standard), stable
 * post-poverty people (another multiple of it) and ordinary residents (last year's rural per-capita
 * disposable income). Which identity categories belong to the first two groups is each year's data;
 * everyone else is an ordinary resident.
 */
public enum AlertGroup {
  LOW_INCOME("低收入人口"),
  STABLE_POST_POVERTY("稳定脱贫人口"),
  ORDINARY("普通居民");

  private final String label;

  AlertGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
