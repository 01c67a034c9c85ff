package org.canbao.subsidies.api;

/**
 * A policy version is drafted, then published; a newer publication supersedes it. Published is
 * never edited.
 */
public enum PolicyStatus {
  DRAFT("草稿"),
  PUBLISHED("已发布"),
  SUPERSEDED("已被替代");

  private final String label;

  PolicyStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
