package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * Filters of the employee-insurance tracking ledger: the insurance year (required), and optionally
 * an area inside the caller's (a township or village), the state (在保 / 已停保), only the stopped who
 * are not insured otherwise for the year, and a name or ID number.
 */
public record EmployeeTrackingQuery(
    int year, Long areaId, EmployeeInsuranceState state, boolean uninsuredOnly, String text)
    implements Serializable {}
