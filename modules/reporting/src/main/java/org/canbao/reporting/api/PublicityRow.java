package org.canbao.reporting.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the publicity summary (公示汇总表) in the layout of the Fuling 2023 attachment: 序号, 乡镇(街道)
 * (or 村(社区) below a township), 脱贫人口数, 资助参保人数/金额, 其中衔接资金 人数/金额, 其中其他资金 人数/金额. The total row (合计) has
 * {@code seq} 0 and {@code areaId} null. Amounts in yuan.
 */
public record PublicityRow(
    int seq,
    Long areaId,
    String areaName,
    long povertyAlleviated,
    long subsidised,
    BigDecimal subsidisedAmount,
    long linkageFund,
    BigDecimal linkageFundAmount,
    long otherFund,
    BigDecimal otherFundAmount)
    implements Serializable {

  public boolean total() {
    return areaId == null;
  }

  /** Empty for the total row (its area column says 合计), the number otherwise. */
  public String seqLabel() {
    return total() ? "" : String.valueOf(seq);
  }
}
