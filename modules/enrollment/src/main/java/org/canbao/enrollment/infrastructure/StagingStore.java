package org.canbao.enrollment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.enrollment.application.ImportStaging;
import org.canbao.enrollment.application.RowOutcome;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.kernel.api.BulkAudit;
import org.canbao.kernel.api.BulkCopies;
import org.canbao.kernel.api.BulkCopy;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * The import pipeline's staging ({@link ImportStaging}) in plain JDBC: staging checked rows a chunk
 * at a time (COPY on PostgreSQL), reading what the registry already holds for a chunk, and one
 * connection for a batch's set-based commit. JDBC here because a district's household list has a
 * million rows; the connections take part in the surrounding JTA transaction like JPA's do. The
 * statements of a kind of list are its own ({@link org.canbao.enrollment.application.ListKind}).
 */
@ApplicationScoped
public class StagingStore implements ImportStaging {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  @Inject BulkAudit audit;
  @Inject BulkCopies bulk;

  @Override
  public Map<String, Existing> persons(Collection<String> idNumbers) {
    Map<String, Existing> found = new HashMap<>();
    select(
            "select id, id_number, name, household_no, relation_to_head, village_id, village_path, household_type"
                + " from enrollment.person where id_number = any(?)",
            "varchar",
            idNumbers,
            rs ->
                new Existing(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getString(7),
                    rs.getString(8) == null ? null : HouseholdType.valueOf(rs.getString(8))))
        .forEach(e -> found.put(e.idNumber(), e));
    return found;
  }

  @Override
  public List<ExistingIdentity> identities(Collection<Long> personIds) {
    return select(
        "select id, person_id, category_code, valid_from, valid_to from enrollment.person_identity where person_id = any(?)",
        "bigint",
        personIds,
        rs ->
            new ExistingIdentity(
                rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5)));
  }

  /**
   * Reads the rows of a query whose first parameter is an array of keys (then {@code more}
   * parameters).
   */
  private <T> List<T> select(
      String sql, String keyType, Collection<?> keys, RowMapper<T> row, Object... more) {
    List<T> found = new ArrayList<>();
    if (keys.isEmpty()) {
      return found;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf(keyType, keys.toArray()));
      for (int i = 0; i < more.length; i++) {
        ps.setObject(i + 2, more[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(row.map(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /**
   * After a restart: what the interrupted run staged before {@code row}, so repeats are still
   * found.
   */
  @Override
  public SeenInFile stagedBefore(long batchId, int row, boolean perCategory) {
    SeenInFile seen = new SeenInFile();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select id_number, category_code from enrollment.import_row where batch_id = ? and row_no < ?")) {
      ps.setLong(1, batchId);
      ps.setInt(2, row);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          seen.add(rs.getString(1), perCategory ? rs.getString(2) : null);
        }
      }
      return seen;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Gives PostgreSQL's planner the staged batch's statistics before the commit joins it with the
   * registry (rows written in bulk are otherwise unknown to it until autovacuum comes by).
   */
  @Override
  public void analyse() {
    try (Connection c = dataSource.getConnection()) {
      if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        exec(c, "analyze enrollment.import_row");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void analyseRegistry() {
    try (Connection c = dataSource.getConnection()) {
      RegistryStatistics.refresh(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int stagedRows(long batchId) {
    return count("select count(*) from enrollment.import_row where batch_id = ?", batchId);
  }

  @Override
  public List<ExistingRecord> records(Collection<Long> personIds, int year) {
    return select(
        "select id, person_id, kind, insured_type, tier, payment_date, status from enrollment.enrollment_record"
            + " where person_id = any(?) and insurance_year = ?",
        "bigint",
        personIds,
        rs ->
            new ExistingRecord(
                rs.getLong(1),
                rs.getLong(2),
                EnrollmentKind.valueOf(rs.getString(3)),
                rs.getString(4) == null ? null : InsuredType.valueOf(rs.getString(4)),
                rs.getString(5) == null ? null : Tier.valueOf(rs.getString(5)),
                date(rs, 6),
                RecordStatus.ACTIVE.name().equals(rs.getString(7))),
        year);
  }

  private static final List<String> ERROR_COLUMNS = List.of("batch_id", "row_no", "col", "reason");
  private final Map<List<String>, BulkCopy> copies = new ConcurrentHashMap<>();

  @Override
  public void stage(
      long batchId,
      List<String> columns,
      List<Object[]> rows,
      List<ImportError> errors,
      int processed) {
    List<Object[]> rejected = new ArrayList<>(errors.size());
    for (ImportError e : errors) {
      rejected.add(
          new Object[] {
            batchId,
            e.row(),
            e.column(),
            e.reason().length() > 300 ? e.reason().substring(0, 300) : e.reason()
          });
    }
    try (Connection c = dataSource.getConnection()) {
      copies
          .computeIfAbsent(columns, cols -> bulk.into("enrollment.import_row", cols))
          .write(c, rows);
      copies
          .computeIfAbsent(ERROR_COLUMNS, cols -> bulk.into("enrollment.import_error", cols))
          .write(c, rejected);
      exec(
          c,
          "update enrollment.import_batch set processed_rows = processed_rows + ? where id = ?",
          processed,
          batchId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes what an interrupted run staged for these rows, so re-staging a chunk is idempotent. */
  @Override
  public void forgetRows(long batchId, int fromRow, int toRow) {
    update(
        "delete from enrollment.import_row where batch_id = ? and row_no between ? and ?",
        batchId,
        fromRow,
        toRow);
    update(
        "delete from enrollment.import_error where batch_id = ? and row_no between ? and ?",
        batchId,
        fromRow,
        toRow);
  }

  @Override
  public void setTotal(long batchId, int total) {
    update(
        "update enrollment.import_batch set total_rows = ?, processed_rows = 0 where id = ?",
        total,
        batchId);
  }

  /** Removes what an earlier, failed run staged, so a check can run again from the start. */
  @Override
  public void clear(long batchId) {
    update("delete from enrollment.import_row where batch_id = ?", batchId);
    update("delete from enrollment.import_error where batch_id = ?", batchId);
  }

  @Override
  public Counts counts(long batchId) {
    Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
    byBatch(
        "select outcome, count(*) from enrollment.import_row where batch_id = ? group by outcome",
        batchId,
        0,
        rs -> outcomes.put(RowOutcome.valueOf(rs.getString(1)), rs.getInt(2)));
    return new Counts(
        outcomes,
        count(
            "select count(distinct row_no) from enrollment.import_error where batch_id = ?",
            batchId),
        count(
            "select count(*) from enrollment.import_row where batch_id = ? and note is not null",
            batchId));
  }

  @Override
  public List<ImportError> errors(long batchId, int max) {
    return byBatch(
        "select row_no, col, reason from enrollment.import_error where batch_id = ? order by row_no",
        batchId,
        max,
        rs -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3)));
  }

  @Override
  public List<ImportNote> notes(long batchId, int max) {
    return byBatch(
        "select row_no, note from enrollment.import_row where batch_id = ? and note is not null order by row_no",
        batchId,
        max,
        rs -> new ImportNote(rs.getInt(1), rs.getString(2)));
  }

  /** The rows of a query of one batch, at most {@code max} (0: all). */
  private <T> List<T> byBatch(String sql, long batchId, int max, RowMapper<T> row) {
    List<T> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, batchId);
      ps.setMaxRows(max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(row.map(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private int count(String sql, long batchId) {
    return byBatch(sql, batchId, 1, rs -> rs.getInt(1)).get(0);
  }

  @Override
  public Set<Long> ids(String sql, long batchId) {
    Set<Long> ids = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
        ps.setLong(i, batchId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void commit(Consumer<Statements> work) {
    try (Connection c = dataSource.getConnection()) {
      work.accept(
          new Statements() {
            @Override
            public int run(String sql, Object... params) {
              try {
                return exec(c, sql, params);
              } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                  throw new UniqueViolation(e);
                }
                throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
              }
            }

            @Override
            public long audit(String username, Class<?> entity, String note) {
              return audit.open(c, username, Instant.now(), Set.of(entity), note);
            }
          });
    } catch (SQLException e) {
      throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
    }
  }

  @Override
  public void auditNote(String note) {
    try (Connection c = dataSource.getConnection()) {
      audit.open(c, "system", Instant.now(), Set.of(), note);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<Instant> committedAt(long batchId) {
    return audit.firstNoted(ImportStaging.revisionNote(batchId));
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection()) {
      exec(c, sql, params);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One statement with its parameters (dates as SQL dates); the rows it changed. */
  static int exec(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object p = params[i];
        if (p instanceof LocalDate d) {
          ps.setDate(i + 1, Date.valueOf(d));
        } else {
          ps.setObject(i + 1, p);
        }
      }
      return ps.executeUpdate();
    }
  }
}
