package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.LocalDate;

/** Input for creating or editing a region. */
public record RegionDraft(
    Long parentId, String code, String name, RegionLevel level, LocalDate validFrom, LocalDate validTo)
    implements Serializable {}
