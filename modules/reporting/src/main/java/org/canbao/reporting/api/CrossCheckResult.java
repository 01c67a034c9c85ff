package org.canbao.reporting.api;

import java.io.Serializable;

/**
 * What a cross-check found in an area: people compared, of them not insured, items new in the
 * ledger, items already there (their reasons kept), and items whose person is insured by now.
 */
public record CrossCheckResult(
    CrossCheckKind kind,
    int year,
    long areaId,
    String areaName,
    int compared,
    int uninsured,
    int added,
    int kept,
    int nowInsured)
    implements Serializable {}
