package org.canbao.enrollment.api;

import java.io.Serializable;

/** Search criteria; blank ones are ignored. Results never leave the caller's area. */
public record PersonQuery(String idNumber, String name, Long villageId, String categoryCode) implements Serializable {}
