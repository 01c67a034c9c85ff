package org.canbao.enrollment.api;

import java.io.Serializable;
import java.util.List;

/** Everything about one person on one page: identities, villages over time, change history. */
public record PersonDetail(
    PersonView person,
    List<IdentityView> identities,
    List<ResidenceView> residences,
    List<String> history)
    implements Serializable {}
