package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * Filters of the college-student tracking ledger: the insurance year checked (required; the
 * students are those of the year before), and optionally an area inside the caller's, a state, a
 * name or ID number.
 */
public record CollegeTrackingQuery(int year, Long areaId, CollegeStudentState state, String text)
    implements Serializable {}
