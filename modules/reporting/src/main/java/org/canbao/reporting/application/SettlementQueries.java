package org.canbao.reporting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Settlement and publicity figures over what enrollment publishes for reporting (subsidised
 * payments, identity holdings), set-wise: the use cases' port, implemented with SQL over
 * enrollment's published views in reporting's infrastructure ({@code JdbcSettlementQueries}).
 */
public interface SettlementQueries {
  /**
   * Subsidised payments of a year inside an area, optionally paid by a date and of the
   * poverty-alleviated population only.
   */
  record Filter(
      int year,
      String pathPrefix,
      LocalDate paidBy,
      Collection<String> populationCodes,
      LocalDate populationOn) {}

  /**
   * Payments of one village for one funding source, category and funding department: how many and
   * how much.
   */
  record Group(
      long villageId,
      String villagePath,
      String fundingSource,
      String categoryCode,
      String fundingDepartment,
      long people,
      BigDecimal amount) {}

  /** A subsidised payment with its person. */
  record Row(
      long recordId,
      long personId,
      String idNumber,
      String name,
      long villageId,
      LocalDate paymentDate,
      BigDecimal subsidy,
      String categoryCode,
      String fundingSource,
      String fundingDepartment) {}

  List<Group> groups(Filter f);

  /**
   * The payments of {@code f}, narrowed by funding source, funding department and categories when
   * not null; at most {@code max}, by village and name.
   */
  List<Row> rows(
      Filter f,
      String fundingSource,
      String fundingDepartment,
      Collection<String> categories,
      int max);

  /**
   * Per village inside the area, by the village's path (which names its township: no region to look
   * up): the people registered on {@code on} who hold an identity of {@code codes} valid that day.
   */
  Map<String, Long> population(String pathPrefix, Collection<String> codes, LocalDate on);
}
