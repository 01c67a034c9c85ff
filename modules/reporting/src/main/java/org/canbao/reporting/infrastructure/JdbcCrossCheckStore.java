package org.canbao.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.BulkAudit;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.FollowUpStatus;
import org.canbao.reporting.application.CrossCheckStore;
import org.canbao.reporting.domain.CrossCheckRule;
import org.canbao.reporting.domain.FollowUpItem;

/**
 * The household-register cross-check (户籍人口比对) of an area as a few set-based statements in the
 * caller's transaction, instead of loading the area's people and persisting item by item: a
 * district of a million people is one pass over the register and the year's insured (see
 * docs/performance.md).
 *
 * <ol>
 *   <li>one {@code UPDATE} of the items whose person in the area is insured by now, as {@link
 *       FollowUpItem#insuredNow} does;
 *   <li>one {@code MERGE} from the area's uninsured registered people ({@code
 *       enrollment.v_registered_person} without a row of {@code enrollment.v_insured_person} for
 *       the year — {@link CrossCheckRule#uninsured}) into the ledger: a person's item of the year
 *       (wherever it is filed: a person who moved keeps it) is refreshed as {@link
 *       FollowUpItem#refresh} and {@link FollowUpItem#reopenIfEnrolled} do, a person without one
 *       gets a new item (待联系);
 *   <li>the audit: one revision for the run (who, when, a note with the figures) and an audit row
 *       for every item it created or changed, as Envers would have written them — an item the run
 *       only confirmed (nothing but {@code last_checked_at}, which is not audited) gets none.
 * </ol>
 *
 * <p>The register statuses' reasons come from {@link CrossCheckRule#registerReasons()} (the CASE
 * below is generated from it). Standard SQL ({@code MERGE}, {@code IS NOT DISTINCT FROM}):
 * PostgreSQL and H2.
 */
@ApplicationScoped
public class JdbcCrossCheckStore implements CrossCheckStore {
  @Inject BulkAudit audit;

  @Resource(lookup = "java:app/jdbc/canbao")
  DataSource dataSource;

  /**
   * The reason the register's status gives, as SQL over {@code p.status}: generated from {@link
   * CrossCheckRule#registerReasons()}.
   */
  static String reasonCase() {
    Map<PersonStatus, ?> reasons = CrossCheckRule.registerReasons();
    return "case p.status "
        + reasons.entrySet().stream()
            .map(
                e ->
                    "when "
                        + Rows.literal(e.getKey().name())
                        + " then "
                        + Rows.literal(((Enum<?>) e.getValue()).name()))
            .collect(Collectors.joining(" "))
        + " end";
  }

  static final String REGISTER = CrossCheckKind.REGISTER.name();

  /**
   * The found-by list with the register check added. The list is kept in {@link CrossCheckKind}
   * order ({@link FollowUpItem#foundBy}), where the register check comes first, so it goes in
   * front.
   */
  static String foundBy() {
    if (CrossCheckKind.REGISTER.ordinal() != 0) {
      throw new IllegalStateException("the register check must be the first CrossCheckKind");
    }
    return "case when ',' || f.found_by || ',' like '%,"
        + REGISTER
        + ",%' then f.found_by when f.found_by = '' then '"
        + REGISTER
        + "' else '"
        + REGISTER
        + ",' || f.found_by end";
  }

  private static final String UNINSURED =
      "not exists (select 1 from enrollment.v_insured_person i where i.person_id = p.person_id and i.insurance_year = ?)";
  private static final String ENROLLED = "'" + FollowUpStatus.ENROLLED.name() + "'";

  static String merge() {
    return "merge into reporting.follow_up f using (select p.person_id, p.id_number, p.name, p.village_id, p.village_path, p.status, "
        + reasonCase()
        + " as reason from enrollment.v_registered_person p where p.village_path like ? and "
        + UNINSURED
        + ") p"
        + " on f.insurance_year = ? and f.person_id = p.person_id"
        + " when matched then update set name = p.name, village_id = p.village_id, village_path = p.village_path, registry_status = p.status,"
        + " found_by = "
        + foundBy()
        + ", still_uninsured = true, last_checked_at = ?, reason = coalesce(f.reason, p.reason),"
        + " status = case when f.status = "
        + ENROLLED
        + " then '"
        + FollowUpStatus.TO_CONTACT.name()
        + "' else f.status end,"
        + " status_by = case when f.status = "
        + ENROLLED
        + " then ? else f.status_by end,"
        + " status_at = case when f.status = "
        + ENROLLED
        + " then ? else f.status_at end, version = f.version + 1"
        + " when not matched then insert (insurance_year, person_id, id_number, name, village_id, village_path, found_by, registry_status,"
        + " still_uninsured, last_checked_at, reason, status, status_by, status_at, version) values (?, p.person_id, p.id_number, p.name,"
        + " p.village_id, p.village_path, '"
        + REGISTER
        + "', p.status, true, ?, p.reason, '"
        + FollowUpStatus.TO_CONTACT.name()
        + "', ?, ?, 0)";
  }

  private static final String INSURED_NOW =
      "update reporting.follow_up f set still_uninsured = false, last_checked_at = ?,"
          + " status_by = case when f.status = "
          + ENROLLED
          + " then f.status_by else ? end,"
          + " status_at = case when f.status = "
          + ENROLLED
          + " then f.status_at else ? end, status = "
          + ENROLLED
          + ", version = f.version + 1"
          + " where f.insurance_year = ? and (f.still_uninsured or f.status <> "
          + ENROLLED
          + ")"
          + " and exists (select 1 from enrollment.v_registered_person p where p.person_id = f.person_id and p.village_path like ?)"
          + " and exists (select 1 from enrollment.v_insured_person i where i.person_id = f.person_id and i.insurance_year = ?)";

  /**
   * Audited columns of an item (all but {@code last_checked_at}); those a check may change are
   * compared with the last audit row.
   */
  private static final String AUDITED =
      "insurance_year, person_id, id_number, name, village_id, village_path, found_by, categories,"
          + " identified_month, registry_status, still_uninsured, reason, reason_note, status, status_by, status_at";

  private static final String SAME_AS_LAST =
      "select 1 from reporting.follow_up_aud a where a.id = f.id"
          + " and a.rev = (select max(x.rev) from reporting.follow_up_aud x where x.id = f.id)"
          + " and a.name = f.name and a.village_id = f.village_id and a.village_path = f.village_path and a.found_by = f.found_by"
          + " and a.registry_status is not distinct from f.registry_status and a.still_uninsured = f.still_uninsured"
          + " and a.reason is not distinct from f.reason and a.status = f.status and a.status_by = f.status_by and a.status_at = f.status_at"
          + " and a.categories is not distinct from f.categories and a.identified_month is not distinct from f.identified_month";
  private static final String AUDIT =
      "insert into reporting.follow_up_aud (id, rev, revtype, "
          + AUDITED
          + ") select f.id, ?, ?, "
          + Arrays.stream(AUDITED.split(",\\s*"))
              .map(c -> "f." + c)
              .collect(Collectors.joining(", "))
          + " from reporting.follow_up f where f.insurance_year = ? and f.last_checked_at = ?";

  /**
   * Items this run created: version 0 (every update of an item, the merge's and the screen's,
   * counts its version up). Nothing to compare, so no per-row look-up in the audit table that is
   * being written.
   */
  private static final String AUDIT_ADDED = AUDIT + " and f.version = 0";

  /**
   * Items this run refreshed or marked insured whose audited state differs from their last audit
   * row.
   */
  private static final String AUDIT_CHANGED =
      AUDIT + " and f.version > 0 and not exists (" + SAME_AS_LAST + ")";

  /**
   * Runs the register check of the area (scope path prefix) for the year in the caller's
   * transaction, as {@code username} at {@code at}; {@code note} is given the figures and becomes
   * the revision's note.
   */
  @Override
  public Outcome register(
      int year, String areaPath, String username, Instant at, Function<Outcome, String> note) {
    OffsetDateTime now =
        OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    String area = areaPath + "%";
    try (Connection c = dataSource.getConnection()) {
      int compared =
          Rows.count(
              c,
              "select count(*) from enrollment.v_registered_person p where p.village_path like ?",
              area);
      // items of people insured by now first: it reads the ledger as it was (on a first run:
      // empty), and
      // the merge below only touches items of people still uninsured
      int nowInsured = Rows.update(c, INSURED_NOW, now, username, now, year, area, year);
      int uninsured =
          Rows.update(c, merge(), area, year, year, now, username, now, year, now, username, now);
      long rev = audit.open(c, username, at, Set.of(FollowUpItem.class), null);
      int added = Rows.update(c, AUDIT_ADDED, rev, 0, year, now);
      Rows.update(c, AUDIT_CHANGED, rev, 1, year, now);
      Outcome outcome = new Outcome(compared, uninsured, added, uninsured - added, nowInsured, rev);
      audit.note(c, rev, note.apply(outcome));
      return outcome;
    } catch (SQLException e) {
      throw new IllegalStateException("户籍人口比对失败：" + e.getMessage(), e);
    }
  }
}
