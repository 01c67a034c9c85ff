package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;

/** One ID number to check, and the day to check it for (the admission day; today when empty). */
public record StatusCheckRequest(String idNumber, LocalDate date) implements Serializable {}
