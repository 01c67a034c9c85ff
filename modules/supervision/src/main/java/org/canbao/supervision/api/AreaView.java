package org.canbao.supervision.api;

import java.io.Serializable;

/**
 * An area of a scope and the group covering it (null while uncovered); {@code outOfScopeReason} is
 * why the area is marked out of the year's campaign scope (null when it is in scope).
 */
public record AreaView(
    long areaId, String areaName, Long groupId, String groupName, String outOfScopeReason)
    implements Serializable {
  public boolean outOfScope() {
    return outOfScopeReason != null;
  }
}
