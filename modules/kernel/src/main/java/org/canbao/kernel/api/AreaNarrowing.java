package org.canbao.kernel.api;

import java.util.List;
import java.util.Set;

/**
 * A module that knows a caller may see less than their region: returns the paths of the areas the
 * caller is limited to, or null when it does not limit them. Read when the caller of a request is
 * first looked up ({@link CurrentCaller}); it must not ask {@link CurrentCaller} itself.
 */
public interface AreaNarrowing {
  List<String> narrowedAreas(String username, Set<Role> roles, String regionPath);
}
