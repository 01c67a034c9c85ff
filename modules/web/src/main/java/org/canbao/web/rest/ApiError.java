package org.canbao.web.rest;

/** The JSON body of every API error: a Chinese message and, where known, the offending field. */
public record ApiError(int status, String message, String field) {}
