package org.canbao.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.EnumSql;
import org.canbao.reporting.application.SettlementQueries;

/**
 * Settlement and publicity figures in set-based SQL over the views enrollment publishes for
 * reporting ({@code enrollment.v_subsidised_enrollment}, {@code enrollment.v_identity_holding},
 * migration enrollment V12) — never enrollment's tables: {@code ReportingSqlTest} checks that the
 * SQL of this module names no other relation of another schema. Plain JDBC, portable between
 * PostgreSQL and H2.
 */
@ApplicationScoped
public class JdbcSettlementQueries implements SettlementQueries {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  private static final String HOLDS =
      "h.category_code = any(?) and h.valid_from <= ? and (h.valid_to is null or h.valid_to >= ?)";

  private static final String GROUPS =
      "select s.village_id, s.village_path, s.funding_source, s.category_code, s.funding_department,"
          + " count(*), sum(s.subsidy) from enrollment.v_subsidised_enrollment s where ";

  private static final String ROWS =
      "select s.record_id, s.person_id, s.id_number, s.name, s.village_id, s.payment_date, s.subsidy,"
          + " s.category_code, s.funding_source, s.funding_department from enrollment.v_subsidised_enrollment s where ";

  private static final String POPULATION =
      "select h.village_path, count(distinct h.person_id) from enrollment.v_identity_holding h"
          + " where h.village_path like ? and "
          + HOLDS
          + " and (h.person_status = "
          + EnumSql.of(PersonStatus.NORMAL)
          + " or h.status_since > ?) group by h.village_path";

  @Override
  public List<Group> groups(Filter f) {
    List<Object> params = new ArrayList<>();
    String sql =
        GROUPS
            + where(f, params)
            + " group by s.village_id, s.village_path, s.funding_source, s.category_code, s.funding_department";
    List<Group> out = new ArrayList<>();
    run(
        sql,
        params,
        rs ->
            out.add(
                new Group(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getBigDecimal(7))));
    return out;
  }

  /**
   * The payments of {@code f}, narrowed by funding source, funding department and categories when
   * not null; at most {@code max}, by village and name.
   */
  @Override
  public List<Row> rows(
      Filter f,
      String fundingSource,
      String fundingDepartment,
      Collection<String> categories,
      int max) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder(ROWS).append(where(f, params));
    if (fundingSource != null) {
      sql.append(" and s.funding_source = ?");
      params.add(fundingSource);
    }
    if (fundingDepartment != null) {
      sql.append(" and s.funding_department = ?");
      params.add(fundingDepartment);
    }
    if (categories != null) {
      sql.append(" and s.category_code = any(?)");
      params.add(categories.toArray(String[]::new));
    }
    sql.append(" order by s.village_path, s.name, s.record_id fetch first ? rows only");
    params.add(max);
    List<Row> out = new ArrayList<>();
    run(
        sql.toString(),
        params,
        rs -> {
          Date paid = rs.getDate(6);
          out.add(
              new Row(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5),
                  paid == null ? null : paid.toLocalDate(),
                  rs.getBigDecimal(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10)));
        });
    return out;
  }

  /**
   * Per village inside the area, by the village's path (which names its township: no region to look
   * up): the people registered on {@code on} who hold an identity of {@code codes} valid that day.
   */
  @Override
  public Map<String, Long> population(String pathPrefix, Collection<String> codes, LocalDate on) {
    Map<String, Long> out = new HashMap<>();
    if (codes.isEmpty()) {
      return out;
    }
    List<Object> params =
        List.of(
            pathPrefix,
            codes.toArray(String[]::new),
            Date.valueOf(on),
            Date.valueOf(on),
            Date.valueOf(on));
    run(POPULATION, params, rs -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }

  private static String where(Filter f, List<Object> params) {
    StringBuilder w = new StringBuilder("s.insurance_year = ? and s.village_path like ?");
    params.add(f.year());
    params.add(f.pathPrefix());
    if (f.paidBy() != null) {
      w.append(" and s.payment_date <= ?");
      params.add(Date.valueOf(f.paidBy()));
    }
    if (f.populationCodes() != null) {
      w.append(
              " and exists (select 1 from enrollment.v_identity_holding h where h.person_id = s.person_id and ")
          .append(HOLDS)
          .append(")");
      params.add(f.populationCodes().toArray(String[]::new));
      params.add(Date.valueOf(f.populationOn()));
      params.add(Date.valueOf(f.populationOn()));
    }
    return w.toString();
  }

  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private void run(String sql, List<Object> params, RowHandler handler) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof String[] codes) {
          ps.setArray(i + 1, c.createArrayOf("varchar", codes));
        } else {
          ps.setObject(i + 1, p);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("结算/公示查询失败：" + e.getMessage(), e);
    }
  }
}
