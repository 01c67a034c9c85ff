package org.canbao.kernel.api;

/** What a change in the audit trail did to an entity, with the word the trail shows. */
public enum ChangeType {
  ADD("新增"),
  MOD("修改"),
  DEL("删除");

  private final String label;

  ChangeType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The change type of the audit store's own name for it ({@code ADD}, {@code MOD}, {@code DEL}).
   */
  public static ChangeType named(String name) {
    return valueOf(name);
  }
}
