package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A subsidised person on a publicity list for a notice board, masked for the public: name ({@code
 * 张*明}) and ID number ({@code 500102********123X}) are never shown in full here.
 */
public record PublicityEntry(
    int seq,
    String townshipName,
    String villageName,
    String maskedName,
    String maskedIdNumber,
    String categoryName,
    BigDecimal subsidy,
    String fundingSource)
    implements Serializable {}
