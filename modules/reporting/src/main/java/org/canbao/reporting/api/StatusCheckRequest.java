package org.canbao.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.canbao.kernel.api.Filled;

/** One ID number to check, and the day to check it for (the admission day; today when empty). */
public record StatusCheckRequest(@Filled(message = "请填写身份证号码") String idNumber, LocalDate date)
    implements Serializable {}
