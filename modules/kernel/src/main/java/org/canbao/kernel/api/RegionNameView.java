package org.canbao.kernel.api;

import java.io.Serializable;
import java.time.LocalDate;

/** One name a region bore, with the period it was valid (open ends unknown or still valid). */
public record RegionNameView(String name, LocalDate validFrom, LocalDate validTo, String note)
    implements Serializable {}
