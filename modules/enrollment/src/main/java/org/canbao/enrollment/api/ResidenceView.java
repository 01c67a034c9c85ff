package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A period in which a person's household registration was in a village. */
public record ResidenceView(
    long villageId, String villageName, LocalDate validFrom, LocalDate validTo)
    implements Serializable {}
