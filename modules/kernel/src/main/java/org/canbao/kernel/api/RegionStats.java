package org.canbao.kernel.api;

import java.io.Serializable;

/** How many regions of each level lie in the caller's area. */
public record RegionStats(long districts, long townships, long villages, long villagesWithoutCode)
    implements Serializable {}
