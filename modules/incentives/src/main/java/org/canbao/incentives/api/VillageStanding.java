package org.canbao.incentives.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A village's own live line, and its rank among its township's villages in the township's latest
 * bulletin by the date ({@code rank} of {@code peers} ranked villages, bulletin number and date;
 * all null before the first bulletin). The ranking is the bulletin's, as published: other villages'
 * figures are never part of it.
 */
public record VillageStanding(
    ProgressLine line, Integer rank, Integer peers, Integer bulletinNumber, LocalDate bulletinAsOf)
    implements Serializable {}
