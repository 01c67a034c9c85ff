package org.canbao.enrollment.api;

import java.io.Serializable;

/**
 * A row accepted with a note (提示) for the uploader to look at, e.g. an ID number whose county code
 * is not one Canbao knows: row number (header = 1) and the note, which names the column. It does
 * not block the commit.
 */
public record ImportNote(int row, String note) implements Serializable {}
