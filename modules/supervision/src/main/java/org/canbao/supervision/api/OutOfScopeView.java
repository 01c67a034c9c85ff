package org.canbao.supervision.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * An area marked out of a campaign year's supervision scope, with the reason, and who marked it (or
 * last changed the reason) when, as the audit trail recorded it.
 */
public record OutOfScopeView(
    long areaId, String areaName, String reason, String markedBy, Instant markedAt)
    implements Serializable {}
