package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * Filters of the ledger: year, an area inside the caller's (null: all of it), reason, status, and
 * {@code outOfCity} for the out-of-city ledger (reasons meaning insured elsewhere), {@code text} a
 * name (part of it) or a whole ID number.
 */
public record FollowUpQuery(int year, Long areaId, FollowUpReason reason, FollowUpStatus status, boolean outOfCity, String text)
    implements Serializable {}
