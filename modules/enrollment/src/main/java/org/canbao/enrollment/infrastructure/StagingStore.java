package org.canbao.enrollment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.domain.StagedRow;

/**
 * Plain JDBC for the bulk work of imports: staging checked rows in batches, reading what the
 * registry already holds for a chunk, and applying a batch set-wise in one transaction. JDBC here
 * because a district's household list has a million rows; the connections take part in the
 * surrounding JTA transaction like JPA's do.
 */
@ApplicationScoped
public class StagingStore {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  /** What the registry holds of a person, for comparing with a list row. */
  public record Existing(long id, String idNumber, String name, String householdNo, String relation, long villageId, String villagePath) {}

  /** An identity the registry holds. */
  public record ExistingIdentity(long id, long personId, String categoryCode, LocalDate validFrom, LocalDate validTo) {}

  public Map<String, Existing> persons(Collection<String> idNumbers) {
    Map<String, Existing> found = new HashMap<>();
    if (idNumbers.isEmpty()) {
      return found;
    }
    String sql = "select id, id_number, name, household_no, relation_to_head, village_id, village_path from enrollment.person where id_number in (" + marks(idNumbers.size()) + ")";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (String id : idNumbers) {
        ps.setString(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(2), new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<ExistingIdentity> identities(Collection<Long> personIds) {
    List<ExistingIdentity> found = new ArrayList<>();
    if (personIds.isEmpty()) {
      return found;
    }
    String sql = "select id, person_id, category_code, valid_from, valid_to from enrollment.person_identity where person_id in (" + marks(personIds.size()) + ")";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (Long id : personIds) {
        ps.setLong(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date to = rs.getDate(5);
          found.add(new ExistingIdentity(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(), to == null ? null : to.toLocalDate()));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keys ({@code idNumber} or {@code idNumber|category}) already staged in this batch. */
  public Set<String> alreadyStaged(long batchId, Collection<String> idNumbers) {
    Set<String> found = new HashSet<>();
    if (idNumbers.isEmpty()) {
      return found;
    }
    String sql = "select id_number, category_code from enrollment.import_row where batch_id = ? and id_number in (" + marks(idNumbers.size()) + ")";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, batchId);
      int i = 2;
      for (String id : idNumbers) {
        ps.setString(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(key(rs.getString(1), rs.getString(2)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String key(String idNumber, String category) {
    return category == null ? idNumber : idNumber + "|" + category;
  }

  /** Staged row with its outcome (NEW, CHANGED, UNCHANGED) and the record it matched. */
  public record Outcome(StagedRow row, String outcome, Long personId, Long identityId) {}

  public void stage(long batchId, List<Outcome> rows, List<ImportError> errors) {
    String insert = "insert into enrollment.import_row (batch_id, row_no, id_number, name, sex, birth_date, household_no, relation_to_head,"
        + " village_id, village_path, category_code, department, valid_from, valid_to, outcome, person_id, identity_id)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        for (Outcome o : rows) {
          StagedRow r = o.row();
          ps.setLong(1, batchId);
          ps.setInt(2, r.rowNo());
          ps.setString(3, r.idNumber());
          ps.setString(4, r.name());
          ps.setString(5, r.sex());
          setDate(ps, 6, r.birthDate());
          ps.setString(7, r.householdNo());
          ps.setString(8, r.relationToHead());
          setLong(ps, 9, r.villageId());
          ps.setString(10, r.villagePath());
          ps.setString(11, r.categoryCode());
          ps.setString(12, r.department());
          setDate(ps, 13, r.validFrom());
          setDate(ps, 14, r.validTo());
          ps.setString(15, o.outcome());
          setLong(ps, 16, o.personId());
          setLong(ps, 17, o.identityId());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("insert into enrollment.import_error (batch_id, row_no, col, reason) values (?, ?, ?, ?)")) {
        for (ImportError e : errors) {
          ps.setLong(1, batchId);
          ps.setInt(2, e.row());
          ps.setString(3, e.column());
          ps.setString(4, e.reason().length() > 300 ? e.reason().substring(0, 300) : e.reason());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("update enrollment.import_batch set processed_rows = processed_rows + ? where id = ?")) {
        ps.setInt(1, rows.size() + (int) errors.stream().mapToInt(ImportError::row).distinct().count());
        ps.setLong(2, batchId);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes what an interrupted run staged for these rows, so re-staging a chunk is idempotent. */
  public void forgetRows(long batchId, int fromRow, int toRow) {
    update("delete from enrollment.import_row where batch_id = ? and row_no between ? and ?", batchId, fromRow, toRow);
    update("delete from enrollment.import_error where batch_id = ? and row_no between ? and ?", batchId, fromRow, toRow);
  }

  public void setTotal(long batchId, int total) {
    update("update enrollment.import_batch set total_rows = ?, processed_rows = 0 where id = ?", total, batchId);
  }

  /** Removes what an earlier, failed run staged, so a check can run again from the start. */
  public void clear(long batchId) {
    update("delete from enrollment.import_row where batch_id = ?", batchId);
    update("delete from enrollment.import_error where batch_id = ?", batchId);
  }

  /** Counts per outcome, and the number of rejected rows under the key REJECTED. */
  public Map<String, Integer> counts(long batchId) {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("select outcome, count(*) from enrollment.import_row where batch_id = ? group by outcome")) {
        ps.setLong(1, batchId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            counts.put(rs.getString(1), rs.getInt(2));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("select count(distinct row_no) from enrollment.import_error where batch_id = ?")) {
        ps.setLong(1, batchId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          counts.put("REJECTED", rs.getInt(1));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<ImportError> errors(long batchId, int max) {
    List<ImportError> errors = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select row_no, col, reason from enrollment.import_error where batch_id = ? order by row_no")) {
      ps.setLong(1, batchId);
      ps.setMaxRows(max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          errors.add(new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3)));
        }
      }
      return errors;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Applies a checked household list: new persons with their first residence, moves (the old
   * residence ends the day before), corrections; then one audit revision for the batch.
   */
  public void applyHouseholds(long batchId, LocalDate today, String username) {
    try (Connection c = dataSource.getConnection()) {
      exec(c, "insert into enrollment.person (id_number, name, sex, birth_date, household_no, relation_to_head, village_id, village_path,"
          + " status, source_batch_id, last_batch_id, version) select id_number, name, sex, birth_date, household_no, relation_to_head,"
          + " village_id, village_path, 'NORMAL', batch_id, batch_id, 0 from enrollment.import_row where batch_id = ? and outcome = 'NEW'", batchId);
      // persons first registered by this batch are exactly those whose source is this batch
      exec(c, "insert into enrollment.residence (person_id, village_id, valid_from) select p.id, p.village_id, ? from enrollment.person p"
          + " where p.source_batch_id = ?", today, batchId);
      String moved = "select r.person_id from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
          + " where r.batch_id = ? and r.outcome = 'CHANGED' and p.village_id <> r.village_id";
      exec(c, "update enrollment.residence set valid_to = ? where valid_to is null and person_id in (" + moved + ")", today.minusDays(1), batchId);
      exec(c, "insert into enrollment.residence (person_id, village_id, valid_from) select r.person_id, r.village_id, ?"
          + " from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
          + " where r.batch_id = ? and r.outcome = 'CHANGED' and p.village_id <> r.village_id", today, batchId);
      String col = "(select r.%s from enrollment.import_row r where r.batch_id = ? and r.person_id = p.id)";
      exec(c, "update enrollment.person p set name = " + col.formatted("name") + ", household_no = " + col.formatted("household_no")
          + ", relation_to_head = " + col.formatted("relation_to_head") + ", village_id = " + col.formatted("village_id")
          + ", village_path = " + col.formatted("village_path") + ", last_batch_id = ?, version = version + 1"
          + " where p.id in (select r.person_id from enrollment.import_row r where r.batch_id = ? and r.outcome = 'CHANGED')",
          batchId, batchId, batchId, batchId, batchId, batchId, batchId);
      long rev = revision(c, username, "org.canbao.enrollment.domain.Person");
      exec(c, "insert into enrollment.person_aud (id, rev, revtype, id_number, name, sex, birth_date, household_no, relation_to_head,"
          + " village_id, village_path, status, status_since, source_batch_id, last_batch_id) select id, ?, case when source_batch_id = ? then 0 else 1 end,"
          + " id_number, name, sex, birth_date, household_no, relation_to_head, village_id, village_path, status, status_since, source_batch_id, last_batch_id"
          + " from enrollment.person where last_batch_id = ?", rev, batchId, batchId);
    } catch (SQLException e) {
      throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
    }
  }

  /** Applies a checked identity list: new identities, changed end dates; one audit revision. */
  public void applyIdentities(long batchId, String username) {
    try (Connection c = dataSource.getConnection()) {
      exec(c, "insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to, batch_id, version)"
          + " select person_id, category_code, department, valid_from, valid_to, batch_id, 0 from enrollment.import_row where batch_id = ? and outcome = 'NEW'", batchId);
      exec(c, "update enrollment.person_identity i set valid_to = (select r.valid_to from enrollment.import_row r where r.batch_id = ? and r.identity_id = i.id),"
          + " batch_id = ?, version = version + 1 where i.id in (select r.identity_id from enrollment.import_row r where r.batch_id = ? and r.outcome = 'CHANGED')",
          batchId, batchId, batchId);
      long rev = revision(c, username, "org.canbao.enrollment.domain.PersonIdentity");
      exec(c, "insert into enrollment.person_identity_aud (id, rev, revtype, person_id, category_code, department, valid_from, valid_to, batch_id)"
          + " select i.id, ?, case when exists (select 1 from enrollment.import_row r where r.batch_id = ? and r.identity_id = i.id) then 1 else 0 end,"
          + " i.person_id, i.category_code, i.department, i.valid_from, i.valid_to, i.batch_id from enrollment.person_identity i where i.batch_id = ?",
          rev, batchId, batchId);
    } catch (SQLException e) {
      throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
    }
  }

  private static long revision(Connection c, String username, String entity) throws SQLException {
    long rev;
    try (PreparedStatement ps = c.prepareStatement("insert into kernel.revinfo (rev_timestamp, username) values (?, ?)", new String[] {"id"})) {
      ps.setLong(1, System.currentTimeMillis());
      ps.setString(2, username);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        rev = keys.getLong(1);
      }
    }
    exec(c, "insert into kernel.revchanges (rev, entityname) values (?, ?)", rev, entity);
    return rev;
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection()) {
      exec(c, sql, params);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int exec(Connection c, String sql, Object... params) throws SQLException {
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

  private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(d));
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
