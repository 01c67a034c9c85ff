package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;

/** Input for recording an identity by hand. */
public record IdentityDraft(String categoryCode, String department, LocalDate validFrom, LocalDate validTo) implements Serializable {}
