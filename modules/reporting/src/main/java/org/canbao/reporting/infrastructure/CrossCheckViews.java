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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the cross-checks read of enrollment: only the views enrollment publishes for reporting in its
 * own migration (V11: {@code v_registered_person}, {@code v_insured_person}, {@code v_person_identity}),
 * never its tables (ArchitectureTest checks the SQL here). All reads are limited to an area's scope
 * path, so a check costs what its township or village holds.
 */
@ApplicationScoped
public class CrossCheckViews {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  /** A registered person as the view publishes them. */
  public record Registered(long personId, String idNumber, String name, long villageId, String villagePath, String status) {}

  private static final String PERSON = "select p.person_id, p.id_number, p.name, p.village_id, p.village_path, p.status"
      + " from enrollment.v_registered_person p";

  /** Every registered person of the area (scope path prefix). */
  public List<Registered> registered(String areaPath) {
    return query(PERSON + " where p.village_path like ?", List.of(areaPath + "%"), this::registered);
  }

  /** The people of the area insured for the year (any active record). */
  public Set<Long> insured(String areaPath, int year) {
    return new HashSet<>(query("select i.person_id from enrollment.v_insured_person i join enrollment.v_registered_person p on p.person_id = i.person_id"
        + " where p.village_path like ? and i.insurance_year = ?", List.of(areaPath + "%", year), rs -> rs.getLong(1)));
  }

  /** The people of the area holding an identity valid on {@code date}, with their category codes. */
  public Map<Long, List<String>> identities(String areaPath, LocalDate date) {
    return byPerson(query("select i.person_id, i.category_code from enrollment.v_person_identity i join enrollment.v_registered_person p"
        + " on p.person_id = i.person_id where p.village_path like ? and i.valid_from <= ? and (i.valid_to is null or i.valid_to >= ?)"
        + " order by i.person_id, i.category_code", List.of(areaPath + "%", Date.valueOf(date), Date.valueOf(date)), this::pair));
  }

  /** The people of the area certified with an identity from {@code from} to {@code to} (the month's newly identified). */
  public Map<Long, List<String>> identifiedBetween(String areaPath, LocalDate from, LocalDate to) {
    return byPerson(query("select i.person_id, i.category_code from enrollment.v_person_identity i join enrollment.v_registered_person p"
        + " on p.person_id = i.person_id where p.village_path like ? and i.valid_from >= ? and i.valid_from <= ?"
        + " order by i.person_id, i.category_code", List.of(areaPath + "%", Date.valueOf(from), Date.valueOf(to)), this::pair));
  }

  /** A registered person by ID number. */
  public Optional<Registered> byIdNumber(String idNumber) {
    return query(PERSON + " where p.id_number = ?", List.of(idNumber), this::registered).stream().findFirst();
  }

  /** Whether a person is insured for a year. */
  public boolean isInsured(long personId, int year) {
    return !query("select i.person_id from enrollment.v_insured_person i where i.person_id = ? and i.insurance_year = ?",
        List.of(personId, year), rs -> rs.getLong(1)).isEmpty();
  }

  private Registered registered(ResultSet rs) throws SQLException {
    return new Registered(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6));
  }

  private Object[] pair(ResultSet rs) throws SQLException {
    return new Object[] {rs.getLong(1), rs.getString(2)};
  }

  private static Map<Long, List<String>> byPerson(List<Object[]> rows) {
    Map<Long, List<String>> m = new LinkedHashMap<>();
    rows.forEach(r -> m.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return m;
  }

  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<Object> parameters, Row<T> row) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
