package org.canbao.supervision.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A rectification issue, flagged {@code overdue} when open past its deadline. */
public record IssueView(
    long id,
    long groupId,
    String groupName,
    long areaId,
    String areaName,
    String description,
    LocalDate deadline,
    String responsible,
    boolean closed,
    LocalDate closedOn,
    String evidence,
    boolean overdue)
    implements Serializable {}
