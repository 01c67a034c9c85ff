package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A district's insurance year that was closed: its state, who closed it and who reopened it why.
 */
public record ClosedYearView(
    long id,
    long districtId,
    String districtName,
    int year,
    YearState state,
    String closedBy,
    Instant closedAt,
    String reopenedBy,
    Instant reopenedAt,
    String reopenReason)
    implements Serializable {}
