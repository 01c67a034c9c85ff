package org.canbao.enrollment.api;

import java.io.Serializable;

/** A rejected row: row number (header = 1), column and reason. */
public record ImportError(int row, String column, String reason) implements Serializable {}
