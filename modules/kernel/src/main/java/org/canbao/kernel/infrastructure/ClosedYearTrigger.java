package org.canbao.kernel.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbao.kernel.api.Validity;
import org.canbao.kernel.api.YearClosedException;
import org.h2.api.Trigger;

/**
 * The database's half of a closed year (年度锁定) on H2, the zero-setup run's database (PostgreSQL has
 * a PL/pgSQL function per guarded table, tested against the same rule): a row-level trigger that
 * refuses inserting, changing or deleting a row about a closed year of its district.
 *
 * <p>A module guards a table with {@code create trigger … before insert, update, delete … for each
 * row call '…ClosedYearTrigger'} and registers in {@code kernel.closed_year_guard} the table's
 * <em>lookup</em>: a {@code select} of the row's region path and either its insurance year (a
 * record of a year) or its first and last day (an identity: {@code valid_from}, {@code valid_to}),
 * where {@code :column} stands for the row's own column, e.g. {@code select p.village_path,
 * :insurance_year from enrollment.person p where p.id = :person_id}. (A table rather than the
 * trigger's comment: H2 drops a trigger's comment when the table is altered.) The module keeps the
 * knowledge of its tables; this class only applies the rule:
 *
 * <ul>
 *   <li>a record of a closed year is neither inserted, changed nor deleted;
 *   <li>a record valid over days ({@link Validity}) may still have its end moved, as long as its
 *       days in every closed year stay the same ({@link Validity#changesYear}); anything else of it
 *       ({@link #MOVABLE} aside) is frozen while it touches a closed year.
 * </ul>
 */
public class ClosedYearTrigger implements Trigger {
  /**
   * What of a record valid over days may change while it touches a closed year: its end, and the
   * bookkeeping of who changed it last (the import batch) and the optimistic-lock version.
   */
  static final Set<String> MOVABLE = Set.of("valid_to", "batch_id", "version");

  private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)");

  private String schema;
  private String table;
  private String name;
  private volatile String lookup;
  private final List<String> parameters = new ArrayList<>();
  private final List<String> columns = new ArrayList<>();

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.schema = schemaName;
    this.table = tableName;
    this.name = triggerName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    List<Closed> closed = closed(conn);
    if (closed.isEmpty()) {
      return;
    }
    load(conn);
    About before = oldRow == null ? null : about(conn, oldRow);
    About after = newRow == null ? null : about(conn, newRow);
    boolean onlyTheEndMoves =
        before != null
            && after != null
            && before.days() != null
            && after.days() != null
            && onlyMovableChanged(oldRow, newRow);
    for (Closed c : closed) {
      boolean refused =
          onlyTheEndMoves
              ? c.holds(before) && Validity.changesYear(before.days(), after.days(), c.year())
              : (c.holds(before) && before.touches(c.year()))
                  || (c.holds(after) && after.touches(c.year()));
      if (refused) {
        throw new SQLException(
            YearClosedException.MARK
                + c.district()
                + c.year()
                + "年度已锁定，该年度的数据（"
                + schema
                + "."
                + table
                + "）不能再变更；如确需更正，请系统管理员解除锁定",
            YearClosedException.SQL_STATE);
      }
    }
  }

  /**
   * Where a row lies and which year or days it is about; a row the lookup finds nothing for: null.
   */
  private About about(Connection conn, Object[] row) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(lookup)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, row[column(parameters.get(i))]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        String path = rs.getString(1);
        if (rs.getMetaData().getColumnCount() == 2) {
          return new About(path, rs.getInt(2), null);
        }
        return new About(
            path,
            0,
            new Validity(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
      }
    }
  }

  private boolean onlyMovableChanged(Object[] oldRow, Object[] newRow) {
    for (int i = 0; i < columns.size(); i++) {
      if (!MOVABLE.contains(columns.get(i)) && !Objects.equals(oldRow[i], newRow[i])) {
        return false;
      }
    }
    return true;
  }

  /** Every closed year (a handful of rows: districts × years), oldest first. */
  private static List<Closed> closed(Connection conn) throws SQLException {
    List<Closed> found = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "select region_path, region_name, insurance_year from kernel.closed_year"
                    + " where status = 'CLOSED' order by insurance_year");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(new Closed(rs.getString(1), rs.getString(2), rs.getInt(3)));
      }
    }
    return found;
  }

  /**
   * Reads the table's lookup and columns at the first row (not in {@code init}: it runs while the
   * trigger is created, before its table is registered).
   */
  private synchronized void load(Connection conn) throws SQLException {
    if (lookup != null) {
      return;
    }
    String registered;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "select lookup from kernel.closed_year_guard where lower(table_name) = lower(?)")) {
      ps.setString(1, schema + "." + table);
      try (ResultSet rs = ps.executeQuery()) {
        registered = rs.next() ? rs.getString(1) : null;
      }
    }
    if (registered == null) {
      throw new SQLException(
          "closed-year trigger " + name + ": " + schema + "." + table + " is not registered");
    }
    columns.clear();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "select column_name from information_schema.columns"
                + " where table_schema = ? and table_name = ? order by ordinal_position")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    parameters.clear();
    Matcher m = PARAMETER.matcher(registered);
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      parameters.add(m.group(1));
      column(m.group(1));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    lookup = sql.toString();
  }

  private int column(String column) throws SQLException {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new SQLException("closed-year trigger " + name + ": no column " + column);
    }
    return i;
  }

  /** A row's place and either its insurance year or the days it is valid over. */
  private record About(String path, int year, Validity days) {
    boolean touches(int closedYear) {
      return days == null ? year == closedYear : days.touches(closedYear);
    }
  }

  /** A district's closed year; it holds the rows whose place lies inside the district. */
  private record Closed(String path, String district, int year) {
    boolean holds(About row) {
      return row != null && row.path() != null && row.path().startsWith(path);
    }
  }
}
