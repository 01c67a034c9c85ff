package org.canbao.enrollment.api;

import java.io.Serializable;
import org.canbao.kernel.api.MaxLength;

/**
 * Input for registering or correcting a person ({@code householdType} null: not recorded). The ID
 * number's rules are {@code IdNumber.parse}'s (a correction leaves it out); a name must be given
 * and visible, which the person checks itself, imports included.
 */
public record PersonDraft(
    String idNumber,
    @MaxLength(value = PersonDraft.NAME_MAX, message = "姓名不能超过" + PersonDraft.NAME_MAX + "个字")
        String name,
    @MaxLength(value = 30, message = "户号不能超过30个字符") String householdNo,
    @MaxLength(value = 20, message = "与户主关系不能超过20个字") String relationToHead,
    long villageId,
    HouseholdType householdType)
    implements Serializable {
  /** The longest name the register holds (its column), for the draft and for the person alike. */
  public static final int NAME_MAX = 50;
}
