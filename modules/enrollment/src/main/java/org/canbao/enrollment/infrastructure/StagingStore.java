package org.canbao.enrollment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BulkCopy;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * Plain JDBC for the bulk work of imports: staging checked rows a chunk at a time (COPY on
 * PostgreSQL), reading what the registry already holds for a chunk, and applying a batch set-wise in
 * one transaction. JDBC here because a district's household list has a million rows; the connections
 * take part in the surrounding JTA transaction like JPA's do.
 */
@ApplicationScoped
public class StagingStore {
  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  /** What the registry holds of a person, for comparing with a list row. */
  public record Existing(long id, String idNumber, String name, String householdNo, String relation, long villageId, String villagePath,
      HouseholdType householdType) {}

  /** An identity the registry holds. */
  public record ExistingIdentity(long id, long personId, String categoryCode, LocalDate validFrom, LocalDate validTo) {}

  public Map<String, Existing> persons(Collection<String> idNumbers) {
    Map<String, Existing> found = new HashMap<>();
    select("select id, id_number, name, household_no, relation_to_head, village_id, village_path, household_type"
            + " from enrollment.person where id_number = any(?)",
        "varchar", idNumbers, rs -> new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
            rs.getString(7), rs.getString(8) == null ? null : HouseholdType.valueOf(rs.getString(8)))).forEach(e -> found.put(e.idNumber(), e));
    return found;
  }

  public List<ExistingIdentity> identities(Collection<Long> personIds) {
    return select("select id, person_id, category_code, valid_from, valid_to from enrollment.person_identity where person_id = any(?)",
        "bigint", personIds, rs -> new ExistingIdentity(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5)));
  }

  /** Reads the rows of a query whose first parameter is an array of keys (then {@code more} parameters). */
  private <T> List<T> select(String sql, String keyType, Collection<?> keys, RowMapper<T> row, Object... more) {
    List<T> found = new ArrayList<>();
    if (keys.isEmpty()) {
      return found;
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
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

  /** After a restart: what the interrupted run staged before {@code row}, so repeats are still found. */
  public SeenInFile stagedBefore(long batchId, int row, boolean perCategory) {
    SeenInFile seen = new SeenInFile();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select id_number, category_code from enrollment.import_row where batch_id = ? and row_no < ?")) {
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
  public void analyse() {
    try (Connection c = dataSource.getConnection()) {
      if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        exec(c, "analyze enrollment.import_row");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many rows are staged for a batch (its outcomes counted at the check must still all be there). */
  public int stagedRows(long batchId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select count(*) from enrollment.import_row where batch_id = ?")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Staged row with its outcome (NEW, CHANGED, UNCHANGED) and the record it matched; for a payment,
   * its price and the reversed record it replaces.
   */
  public record Outcome(StagedRow row, String outcome, Long personId, Long identityId, Quote quote, Long replacesId) {}

  /** An enrollment record the registry holds for a person and year. */
  public record ExistingRecord(long id, long personId, EnrollmentKind kind, InsuredType insuredType, Tier tier, LocalDate paymentDate, boolean active) {
    /** The same payment as a list row reports (re-importing a list changes nothing). */
    public boolean samePayment(StagedRow.Payment p) {
      return kind == EnrollmentKind.RESIDENT_PAYMENT && insuredType == p.insuredType() && tier == p.tier() && p.date().equals(paymentDate);
    }

    public String describe() {
      return kind.label() + (paymentDate == null ? "" : "，" + paymentDate + (tier == null ? "" : " " + tier.label()));
    }
  }

  public List<ExistingRecord> records(Collection<Long> personIds, int year) {
    return select("select id, person_id, kind, insured_type, tier, payment_date, status from enrollment.enrollment_record"
        + " where person_id = any(?) and insurance_year = ?", "bigint", personIds,
        rs -> new ExistingRecord(rs.getLong(1), rs.getLong(2), EnrollmentKind.valueOf(rs.getString(3)),
            rs.getString(4) == null ? null : InsuredType.valueOf(rs.getString(4)), rs.getString(5) == null ? null : Tier.valueOf(rs.getString(5)),
            date(rs, 6), "ACTIVE".equals(rs.getString(7))), year);
  }


  private static final BulkCopy STAGED_PERSONS = new BulkCopy("enrollment.import_row", List.of("batch_id", "row_no", "id_number", "name", "sex",
      "birth_date", "household_no", "relation_to_head", "village_id", "village_path", "outcome", "person_id", "note", "household_type"));
  private static final BulkCopy STAGED_IDENTITIES = new BulkCopy("enrollment.import_row", List.of("batch_id", "row_no", "id_number", "name", "sex",
      "birth_date", "category_code", "department", "valid_from", "valid_to", "outcome", "person_id", "identity_id", "note"));
  private static final BulkCopy STAGED_PAYMENTS = new BulkCopy("enrollment.import_row", List.of("batch_id", "row_no", "id_number", "name", "sex",
      "birth_date", "category_code", "outcome", "person_id", "insured_type", "tier", "payment_date", "channel", "contribution", "subsidy", "individual",
      "funding_source", "funding_department", "benefit_start", "benefit_end", "policy_id", "replaces_id", "note"));
  private static final BulkCopy ROW_ERRORS = new BulkCopy("enrollment.import_error", List.of("batch_id", "row_no", "col", "reason"));

  public void stage(long batchId, ImportKind kind, List<Outcome> rows, List<ImportError> errors) {
    List<Object[]> staged = new ArrayList<>(rows.size());
    for (Outcome o : rows) {
      StagedRow r = o.row();
      staged.add(switch (kind) {
        case HOUSEHOLD_REGISTER -> new Object[] {batchId, r.rowNo(), r.idNumber(), r.name(), r.sex(), r.birthDate(), r.householdNo(),
            r.relationToHead(), r.villageId(), r.villagePath(), o.outcome(), o.personId(), r.note(),
            r.householdType() == null ? null : r.householdType().name()};
        case IDENTITY_LIST -> new Object[] {batchId, r.rowNo(), r.idNumber(), r.name(), r.sex(), r.birthDate(), r.categoryCode(),
            r.department(), r.validFrom(), r.validTo(), o.outcome(), o.personId(), o.identityId(), r.note()};
        case PAYMENT_LIST -> payment(batchId, o);
      });
    }
    List<Object[]> rejected = new ArrayList<>(errors.size());
    for (ImportError e : errors) {
      rejected.add(new Object[] {batchId, e.row(), e.column(), e.reason().length() > 300 ? e.reason().substring(0, 300) : e.reason()});
    }
    try (Connection c = dataSource.getConnection()) {
      (switch (kind) {
        case HOUSEHOLD_REGISTER -> STAGED_PERSONS;
        case IDENTITY_LIST -> STAGED_IDENTITIES;
        case PAYMENT_LIST -> STAGED_PAYMENTS;
      }).write(c, staged);
      ROW_ERRORS.write(c, rejected);
      try (PreparedStatement ps = c.prepareStatement("update enrollment.import_batch set processed_rows = processed_rows + ? where id = ?")) {
        ps.setInt(1, rows.size() + (int) errors.stream().mapToInt(ImportError::row).distinct().count());
        ps.setLong(2, batchId);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object[] payment(long batchId, Outcome o) {
    StagedRow r = o.row();
    Quote q = o.quote();
    StagedRow.Payment p = r.payment();
    return new Object[] {batchId, r.rowNo(), r.idNumber(), r.name(), r.sex(), r.birthDate(), q.categoryCode(), o.outcome(), o.personId(),
        p.insuredType().name(), p.tier().name(), p.date(), p.channel().name(), q.contribution(), q.subsidy(), q.individual(),
        q.fundingSource() == null ? null : q.fundingSource().name(), q.fundingDepartment(), q.benefitStart(), q.benefitEnd(), q.policyId(), o.replacesId(), r.note()};
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

  /** Counts per outcome, the number of rejected rows under the key REJECTED, of noted ones under NOTED. */
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
      try (PreparedStatement ps = c.prepareStatement("select count(*) from enrollment.import_row where batch_id = ? and note is not null")) {
        ps.setLong(1, batchId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          counts.put("NOTED", rs.getInt(1));
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

  public List<ImportNote> notes(long batchId, int max) {
    List<ImportNote> notes = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select row_no, note from enrollment.import_row where batch_id = ? and note is not null order by row_no")) {
      ps.setLong(1, batchId);
      ps.setMaxRows(max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          notes.add(new ImportNote(rs.getInt(1), rs.getString(2)));
        }
      }
      return notes;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The villages whose figures a batch's commit changes, in one query over its staged rows, read
   * before the commit writes them: for a household list the villages of its new and changed rows and
   * the villages the changed persons are registered in until then (a move's old village); for a
   * payment list the villages of the persons it insures; for an identity list the villages of the
   * persons whose identities it adds or ends (the sub-targets' counts).
   */
  public Set<Long> villagesOf(long batchId, ImportKind kind) {
    String sql = switch (kind) {
      case HOUSEHOLD_REGISTER -> "select r.village_id from enrollment.import_row r where r.batch_id = ? and r.outcome in ('NEW', 'CHANGED')"
          + " union select p.village_id from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
          + " where r.batch_id = ? and r.outcome = 'CHANGED'";
      case PAYMENT_LIST -> "select distinct p.village_id from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
          + " where r.batch_id = ? and r.outcome = 'NEW'";
      case IDENTITY_LIST -> "select distinct p.village_id from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
          + " where r.batch_id = ? and r.outcome in ('NEW', 'CHANGED')";
    };
    Set<Long> villages = new HashSet<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, batchId);
      if (kind == ImportKind.HOUSEHOLD_REGISTER) {
        ps.setLong(2, batchId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          villages.add(rs.getLong(1));
        }
      }
      return villages;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Applies a checked household list: moves (the village left is filed as a former residence ending
   * the day before), corrections, new persons; then one audit revision for the batch. Changed
   * persons get their audit row; new ones are accounted for by the batch (who, when, file) and their
   * staged row, which stay — see docs/architecture.md, "Audit of bulk imports".
   */
  public void applyHouseholds(long batchId, int changedRows, LocalDate today, String username, String note) {
    try (Connection c = dataSource.getConnection()) {
      long rev = revision(c, username, "org.canbao.enrollment.domain.Person", note);
      if (changedRows > 0) {
        applyChangedPersons(c, batchId, today, rev);
      }
      // new persons last: the statements above join the registry as it was, which the planner knows;
      // in ID-number order, so the unique index on it grows at its end instead of all over
      exec(c, "insert into enrollment.person (id_number, name, sex, birth_date, household_no, relation_to_head, village_id, village_path, village_since,"
          + " status, source_batch_id, last_batch_id, version, household_type) select id_number, name, sex, birth_date, household_no, relation_to_head,"
          + " village_id, village_path, ?, 'NORMAL', batch_id, batch_id, 0, household_type from enrollment.import_row where batch_id = ? and outcome = 'NEW'"
          + " order by id_number", today, batchId);
    } catch (SQLException e) {
      throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
    }
  }

  /** Moves (the village left filed as a former residence), corrections, and their audit rows. */
  private static void applyChangedPersons(Connection c, long batchId, LocalDate today, long rev) throws SQLException {
    String changed = "from enrollment.import_row r join enrollment.person p on p.id = r.person_id where r.batch_id = ? and r.outcome = 'CHANGED'";
    exec(c, "insert into enrollment.residence (person_id, village_id, valid_from, valid_to) select p.id, p.village_id, p.village_since, ? "
        + changed + " and p.village_id <> r.village_id", today.minusDays(1), batchId);
    exec(c, "merge into enrollment.person p using (select person_id, name, household_no, relation_to_head, village_id, village_path, household_type"
        + " from enrollment.import_row where batch_id = ? and outcome = 'CHANGED') r on p.id = r.person_id when matched then update set"
        + " name = r.name, household_no = r.household_no, relation_to_head = r.relation_to_head,"
        + " household_type = coalesce(r.household_type, p.household_type),"
        + " village_since = case when p.village_id <> r.village_id then ? else p.village_since end,"
        + " village_id = r.village_id, village_path = r.village_path, last_batch_id = ?, version = p.version + 1", batchId, today, batchId);
    exec(c, "insert into enrollment.person_aud (id, rev, revtype, id_number, name, sex, birth_date, household_no, relation_to_head,"
        + " village_id, village_path, village_since, status, status_since, source_batch_id, last_batch_id, household_type) select p.id, ?, 1, p.id_number,"
        + " p.name, p.sex, p.birth_date, p.household_no, p.relation_to_head, p.village_id, p.village_path, p.village_since, p.status, p.status_since,"
        + " p.source_batch_id, p.last_batch_id, p.household_type " + changed, rev, batchId);
  }

  /** Applies a checked identity list: new identities, changed end dates; one audit revision. */
  public void applyIdentities(long batchId, String username, String note) {
    try (Connection c = dataSource.getConnection()) {
      exec(c, "insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to, batch_id, version)"
          + " select person_id, category_code, department, valid_from, valid_to, batch_id, 0 from enrollment.import_row where batch_id = ? and outcome = 'NEW'", batchId);
      exec(c, "merge into enrollment.person_identity i using (select identity_id, valid_to from enrollment.import_row where batch_id = ? and outcome = 'CHANGED') r"
          + " on i.id = r.identity_id when matched then update set valid_to = r.valid_to, batch_id = ?, version = i.version + 1", batchId, batchId);
      long rev = revision(c, username, "org.canbao.enrollment.domain.PersonIdentity", note);
      exec(c, "insert into enrollment.person_identity_aud (id, rev, revtype, person_id, category_code, department, valid_from, valid_to, batch_id)"
          + " select i.id, ?, case when i.version = 0 then 0 else 1 end, i.person_id, i.category_code, i.department, i.valid_from, i.valid_to, i.batch_id"
          + " from enrollment.person_identity i where i.batch_id = ?", rev, batchId);
    } catch (SQLException e) {
      throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
    }
  }

  /**
   * Records a checked payment list: one resident-payment record per new row, priced and frozen as
   * the check priced it, naming the batch; one audit revision for the batch. On PostgreSQL a unique
   * index allows one active record per person and year, so a payment registered meanwhile on screen
   * makes the whole commit fail rather than insure someone twice.
   */
  public void applyPayments(long batchId, int year, String username, String note) {
    try (Connection c = dataSource.getConnection()) {
      revision(c, username, "org.canbao.enrollment.domain.EnrollmentRecord", note);
      exec(c, "insert into enrollment.enrollment_record (person_id, insurance_year, kind, insured_type, tier, payment_date, channel, contribution,"
          + " subsidy, individual, category_code, funding_source, funding_department, benefit_start, benefit_end, policy_id, status, replaces_id,"
          + " recorded_by, recorded_at, version, batch_id) select person_id, ?, 'RESIDENT_PAYMENT', insured_type, tier, payment_date, channel,"
          + " contribution, subsidy, individual, category_code, funding_source, funding_department, benefit_start, benefit_end, policy_id, 'ACTIVE',"
          + " replaces_id, ?, ?, 0, batch_id from enrollment.import_row where batch_id = ? and outcome = 'NEW' order by person_id",
          year, username, java.time.OffsetDateTime.now(), batchId);
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new BusinessException("batch", "提交时发现名单中有人已另行登记了本年度参保记录，未写入任何数据，请重新检查该文件");
      }
      throw new IllegalStateException("导入写入失败：" + e.getMessage(), e);
    }
  }

  /**
   * How the note of a batch's revision begins ("导入批次 #12 公安户籍名单 …"). The revision is written
   * in the commit's one transaction, so it exists exactly when the batch's rows were written.
   */
  public static String revisionNote(long batchId) {
    return "导入批次 #" + batchId + " ";
  }

  /** When the commit of a batch went through (the time of its revision), or empty if it never did. */
  public Optional<Instant> committedAt(long batchId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select rev_timestamp from kernel.revinfo where note like ? order by id")) {
      ps.setString(1, revisionNote(batchId) + "%");
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long revision(Connection c, String username, String entity, String note) throws SQLException {
    long rev;
    try (PreparedStatement ps = c.prepareStatement("insert into kernel.revinfo (rev_timestamp, username, note) values (?, ?, ?)", new String[] {"id"})) {
      ps.setLong(1, System.currentTimeMillis());
      ps.setString(2, username);
      ps.setString(3, note.length() > 300 ? note.substring(0, 300) : note);
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
