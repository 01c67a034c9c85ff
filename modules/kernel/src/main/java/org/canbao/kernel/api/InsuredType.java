package org.canbao.kernel.api;

/**
 * Who is insured: a resident, a college student in Chongqing (academic year), a newborn on its own.
 */
public enum InsuredType {
  RESIDENT("城乡居民"),
  COLLEGE_STUDENT("在渝高校大学生"),
  NEWBORN("新生儿");

  private final String label;

  InsuredType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
