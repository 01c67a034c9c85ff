package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A certified identity of a person; {@code batchId} names the import that brought it, if any. */
public record IdentityView(
    long id,
    String categoryCode,
    String categoryName,
    String department,
    LocalDate validFrom,
    LocalDate validTo,
    Long batchId)
    implements Serializable {}
