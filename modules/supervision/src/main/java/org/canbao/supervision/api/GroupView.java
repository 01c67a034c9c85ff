package org.canbao.supervision.api;

import java.io.Serializable;
import java.util.List;

/** A supervision group with its members and the areas it covers now. */
public record GroupView(
    long id, int year, long scopeId, String name, List<MemberView> members, List<AreaView> areas)
    implements Serializable {
  /** A member of a group. */
  public record MemberView(String name, String title, String role, String username, String phone)
      implements Serializable {}
}
