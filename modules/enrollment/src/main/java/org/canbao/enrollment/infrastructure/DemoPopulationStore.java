package org.canbao.enrollment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.canbao.enrollment.application.DemoPopulationWriter;
import org.canbao.enrollment.domain.EnrollmentRecord;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.kernel.api.BulkAudit;
import org.canbao.kernel.api.BulkCopies;

/**
 * Writes the demo population in bulk (COPY on PostgreSQL, batched inserts on H2), as an import's
 * commit writes a list: persons, their identities, their enrollment records, then one audit
 * revision for all of it whose rows are copied set-wise into the audit tables, so that every
 * person's history starts with its registration. The connection takes part in the caller's
 * transaction.
 */
@ApplicationScoped
public class DemoPopulationStore implements DemoPopulationWriter {
  @Inject BulkAudit bulkAudit;

  @Inject BulkCopies copies;

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  /** Whether anybody is registered in one of the villages (now or formerly). */
  @Override
  public boolean anyoneIn(Collection<Long> villageIds) {
    String in = ids(villageIds);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select 1 from enrollment.person where village_id in ("
                    + in
                    + ")"
                    + " union all select 1 from enrollment.residence where village_id in ("
                    + in
                    + ")")) {
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registers persons (rows in {@link #PERSON_COLUMNS} order); their ids by ID number. */
  @Override
  public Map<String, Long> persons(List<Object[]> rows, Collection<Long> villageIds) {
    Map<String, Long> ids = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      copies.into("enrollment.person", PERSON_COLUMNS).write(c, rows);
      try (PreparedStatement ps =
          c.prepareStatement(
              "select id_number, id from enrollment.person where village_id in ("
                  + ids(villageIds)
                  + ")")) {
        ps.setFetchSize(10_000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.put(rs.getString(1), rs.getLong(2));
          }
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("演示人口写入失败：" + e.getMessage(), e);
    }
  }

  /**
   * Identities ({@link #IDENTITY_COLUMNS}) and enrollment records ({@link #RECORD_COLUMNS}); then
   * the planner's statistics of the registry (see {@link RegistryStatistics}).
   */
  @Override
  public void identitiesAndRecords(List<Object[]> identities, List<Object[]> records) {
    try (Connection c = dataSource.getConnection()) {
      copies.into("enrollment.person_identity", IDENTITY_COLUMNS).write(c, identities);
      copies.into("enrollment.enrollment_record", RECORD_COLUMNS).write(c, records);
      // the persons were written just before, in the same transaction
      RegistryStatistics.refresh(c);
    } catch (SQLException e) {
      throw new IllegalStateException("演示人口写入失败：" + e.getMessage(), e);
    }
  }

  /**
   * One revision for everything written in the villages, with its audit rows (revision type 0:
   * added).
   */
  @Override
  public long audit(String username, String note, Collection<Long> villageIds) {
    String inVillages = " where p.village_id in (" + ids(villageIds) + ")";
    try (Connection c = dataSource.getConnection()) {
      long rev =
          bulkAudit.open(
              c,
              username,
              Instant.now(),
              Set.of(Person.class, PersonIdentity.class, EnrollmentRecord.class),
              note);
      StagingStore.exec(
          c,
          "insert into enrollment.person_aud (id, rev, revtype, id_number, name, sex, birth_date, household_no, relation_to_head,"
              + " village_id, village_path, village_since, status, status_since, source_batch_id, last_batch_id, household_type) select p.id, ?, 0,"
              + " p.id_number, p.name, p.sex, p.birth_date, p.household_no, p.relation_to_head, p.village_id, p.village_path, p.village_since, p.status,"
              + " p.status_since, p.source_batch_id, p.last_batch_id, p.household_type from enrollment.person p"
              + inVillages,
          rev);
      StagingStore.exec(
          c,
          "insert into enrollment.person_identity_aud (id, rev, revtype, person_id, category_code, department, valid_from, valid_to,"
              + " batch_id) select i.id, ?, 0, i.person_id, i.category_code, i.department, i.valid_from, i.valid_to, i.batch_id"
              + " from enrollment.person_identity i join enrollment.person p on p.id = i.person_id"
              + inVillages,
          rev);
      List<String> recorded = RECORD_COLUMNS.subList(0, RECORD_COLUMNS.indexOf("version"));
      StagingStore.exec(
          c,
          "insert into enrollment.enrollment_record_aud (id, rev, revtype, "
              + String.join(", ", recorded)
              + ", replaces_id, guardian_person_id, batch_id, reversal_reason) select e.id, ?, 0, "
              + recorded.stream().map(col -> "e." + col).collect(Collectors.joining(", "))
              + ", e.replaces_id, e.guardian_person_id, e.batch_id, e.reversal_reason from enrollment.enrollment_record e"
              + " join enrollment.person p on p.id = e.person_id"
              + inVillages,
          rev);
      return rev;
    } catch (SQLException e) {
      throw new IllegalStateException("演示人口审计记录写入失败：" + e.getMessage(), e);
    }
  }

  /** Village ids from the region directory, written into the statement as numbers. */
  private static String ids(Collection<Long> villageIds) {
    return villageIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
