package org.canbao.enrollment.application;

import static org.canbao.enrollment.application.NameListRules.DISTRICT;
import static org.canbao.enrollment.application.NameListRules.HOUSEHOLD_TYPE;
import static org.canbao.enrollment.application.NameListRules.TOWNSHIP;
import static org.canbao.enrollment.application.NameListRules.VILLAGE;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.enrollment.application.ImportStaging.Existing;
import org.canbao.enrollment.application.ImportStaging.Outcome;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.Residence;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.EnumSql;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.TableReader;

/**
 * The police's household register (公安户籍名单): each row a person in a village (by name, old names
 * included, inside the uploader's area); new persons are registered, registered ones corrected or
 * moved. A move closes the old residence as {@link Person#moveTo} does ({@link Person#MOVES_SQL},
 * {@link Residence#lastDayBefore}).
 */
@ApplicationScoped
public class HouseholdList implements ListKind {
  private static final List<String> COLUMNS =
      ListKind.stagingColumns(
          "household_no",
          "relation_to_head",
          "village_id",
          "village_path",
          "outcome",
          "person_id",
          "note",
          "household_type");
  private static final String CHANGED =
      "from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
          + " where r.batch_id = ? and r.outcome = "
          + EnumSql.of(RowOutcome.CHANGED);

  /**
   * The residence a move closes: the village left, from when the person lived there until the day
   * before the move (parameter 1).
   */
  static final String CLOSE_RESIDENCES =
      "insert into enrollment.residence (person_id, village_id, valid_from, valid_to)"
          + " select p.id, p.village_id, p.village_since, ? "
          + CHANGED
          + " and "
          + Person.MOVES_SQL;

  /** Corrections and moves of registered persons (parameters: batch, move date, batch). */
  static final String UPDATE_PERSONS =
      "merge into enrollment.person p using (select person_id, name, household_no, relation_to_head, village_id,"
          + " village_path, household_type from enrollment.import_row where batch_id = ? and outcome = "
          + EnumSql.of(RowOutcome.CHANGED)
          + ") r on p.id = r.person_id"
          + " when matched then update set name = r.name, household_no = r.household_no, relation_to_head = r.relation_to_head,"
          + " household_type = coalesce(r.household_type, p.household_type),"
          + " village_since = case when "
          + Person.MOVES_SQL
          + " then ? else p.village_since end,"
          + " village_id = r.village_id, village_path = r.village_path, last_batch_id = ?, version = p.version + 1";

  private static final String AUDIT_CHANGED =
      "insert into enrollment.person_aud (id, rev, revtype, id_number, name, sex, birth_date, household_no,"
          + " relation_to_head, village_id, village_path, village_since, status, status_since, source_batch_id, last_batch_id, household_type)"
          + " select p.id, ?, 1, p.id_number, p.name, p.sex, p.birth_date, p.household_no, p.relation_to_head, p.village_id, p.village_path,"
          + " p.village_since, p.status, p.status_since, p.source_batch_id, p.last_batch_id, p.household_type "
          + CHANGED;
  // in ID-number order, so the unique index on it grows at its end instead of all over
  private static final String INSERT_NEW =
      "insert into enrollment.person (id_number, name, sex, birth_date, household_no, relation_to_head,"
          + " village_id, village_path, village_since, status, source_batch_id, last_batch_id, version, household_type) select id_number, name, sex,"
          + " birth_date, household_no, relation_to_head, village_id, village_path, ?, "
          + EnumSql.of(PersonStatus.NORMAL)
          + ", batch_id, batch_id, 0, household_type"
          + " from enrollment.import_row where batch_id = ? and outcome = "
          + EnumSql.of(RowOutcome.NEW)
          + " order by id_number";

  @Override
  public ImportKind kind() {
    return ImportKind.HOUSEHOLD_REGISTER;
  }

  @Override
  public List<String> missingColumns(NameListRules rules, TableReader reader) {
    List<String> missing = new ArrayList<>();
    RegionLevel level = rules.area().level();
    if (level != RegionLevel.VILLAGE && !reader.hasColumn(VILLAGE)) {
      missing.add("村(社区)");
    }
    if ((level == RegionLevel.DISTRICT || level == RegionLevel.CITY)
        && !reader.hasColumn(TOWNSHIP)) {
      missing.add("乡镇(街道)");
    }
    // above district level the township alone is ambiguous (many districts have a 新城街道)
    if (level == RegionLevel.CITY && !reader.hasColumn(DISTRICT)) {
      missing.add("区县");
    }
    return missing;
  }

  @Override
  public void check(
      NameListRules rules,
      TableReader.Row source,
      NameListRules.Cells row,
      List<ImportError> errors) {
    row.village = village(rules, source, errors);
    try {
      row.householdType = HouseholdType.parse(source.get(HOUSEHOLD_TYPE));
    } catch (IllegalArgumentException e) {
      errors.add(new ImportError(source.number(), "户口性质", e.getMessage()));
    }
  }

  /**
   * A new person, or a change (move, name, household) of a person registered inside the uploader's
   * area. A person registered outside it is not the uploader's to move or rename: a move between
   * areas is imported by an office whose area holds both (the township, the district).
   */
  @Override
  public List<Outcome> outcomes(
      ImportWork.Context ctx,
      List<StagedRow> rows,
      Map<String, Existing> persons,
      List<ImportError> errors) {
    List<Outcome> outcomes = new ArrayList<>(rows.size());
    for (StagedRow r : rows) {
      Existing p = persons.get(r.idNumber());
      if (p == null) {
        outcomes.add(new Outcome(r, RowOutcome.NEW, null, null, null, null));
      } else if (AreaRule.outside(ctx, p)) {
        errors.add(
            new ImportError(r.rowNo(), "身份证号", "此人已在您的管辖范围以外登记户籍，不能由您迁入或更正；跨区域迁移须由共同的上级经办机构导入"));
      } else {
        boolean same =
            r.name().equals(p.name())
                && Objects.equals(r.householdNo(), p.householdNo())
                && Objects.equals(r.relationToHead(), p.relation())
                && (r.householdType() == null || r.householdType() == p.householdType())
                && r.villageId() == p.villageId();
        outcomes.add(
            new Outcome(
                r, same ? RowOutcome.UNCHANGED : RowOutcome.CHANGED, p.id(), null, null, null));
      }
    }
    return outcomes;
  }

  @Override
  public List<String> stagingColumns() {
    return COLUMNS;
  }

  @Override
  public Object[] staged(long batchId, Outcome o) {
    StagedRow r = o.row();
    return ListKind.staged(
        batchId,
        r,
        r.householdNo(),
        r.relationToHead(),
        r.villageId(),
        r.villagePath(),
        o.outcome().name(),
        o.personId(),
        r.note(),
        r.householdType() == null ? null : r.householdType().name());
  }

  /**
   * The villages of its new and changed rows and the villages the changed persons are registered in
   * until then (a move's old village).
   */
  @Override
  public String changedVillages() {
    return "select r.village_id from enrollment.import_row r where r.batch_id = ? and r.outcome in "
        + EnumSql.anyOf(RowOutcome.NEW, RowOutcome.CHANGED)
        + " union select p.village_id "
        + CHANGED;
  }

  /**
   * Moves (the village left filed as a former residence ending the day before), corrections, new
   * persons; one audit revision. Changed persons get their audit row; new ones are accounted for by
   * the batch (who, when, file) and their staged row, which stay — see docs/architecture.md, "Audit
   * of bulk imports".
   */
  @Override
  public void commit(
      ImportBatch batch, ImportStaging.Statements sql, String note, LocalDate today) {
    long id = batch.id();
    long rev = sql.audit(batch.uploadedBy(), Person.class, note);
    if (batch.changedRows() > 0) {
      sql.run(CLOSE_RESIDENCES, Residence.lastDayBefore(today), id);
      sql.run(UPDATE_PERSONS, id, today, id);
      sql.run(AUDIT_CHANGED, rev, id);
    }
    // new persons last: the statements above join the registry as it was, which the planner knows
    sql.run(INSERT_NEW, today, id);
  }

  @Override
  public EnrollmentChanged.Kind change() {
    return EnrollmentChanged.Kind.PERSONS_REGISTERED;
  }

  private static RegionRef village(
      NameListRules rules, TableReader.Row row, List<ImportError> errors) {
    RegionRef area = rules.area();
    String townshipName = row.get(TOWNSHIP);
    String villageName = row.get(VILLAGE);
    if (area.level() == RegionLevel.VILLAGE) {
      if (villageName == null
          || villageName.equals(area.name())
          || rules
              .lookup(area.parentId(), villageName)
              .map(v -> v.id() == area.id())
              .orElse(false)) {
        return area;
      }
      errors.add(
          new ImportError(
              row.number(), "村(社区)", villageName + "不在您的管辖范围内（您所属：" + area.name() + "）"));
      return null;
    }
    if (villageName == null) {
      errors.add(new ImportError(row.number(), "村(社区)", "村(社区)不能为空"));
      return null;
    }
    long townshipId;
    if (area.level() == RegionLevel.TOWNSHIP) {
      if (townshipName != null
          && rules
              .lookup(area.parentId(), townshipName)
              .map(t -> t.id() != area.id())
              .orElse(true)) {
        errors.add(
            new ImportError(
                row.number(), "乡镇(街道)", townshipName + "不在您的管辖范围内（您所属：" + area.name() + "）"));
        return null;
      }
      townshipId = area.id();
    } else {
      if (townshipName == null) {
        errors.add(new ImportError(row.number(), "乡镇(街道)", "乡镇(街道)不能为空"));
        return null;
      }
      RegionRef district = area.level() == RegionLevel.CITY ? district(rules, row, errors) : area;
      if (district == null) {
        return null;
      }
      Optional<RegionRef> township = rules.lookup(district.id(), townshipName);
      if (township.isEmpty()) {
        errors.add(
            new ImportError(
                row.number(), "乡镇(街道)", district.name() + "下没有名为“" + townshipName + "”的乡镇(街道)"));
        return null;
      }
      townshipId = township.get().id();
    }
    Optional<RegionRef> village = rules.lookup(townshipId, villageName);
    if (village.isEmpty()) {
      errors.add(
          new ImportError(
              row.number(),
              "村(社区)",
              "找不到村(社区)“"
                  + villageName
                  + "”"
                  + (townshipName == null ? "" : "（" + townshipName + "）")));
      return null;
    }
    return village.get();
  }

  /** The district a row names, for an uploader above district level (the city). */
  private static RegionRef district(
      NameListRules rules, TableReader.Row row, List<ImportError> errors) {
    RegionRef area = rules.area();
    String name = row.get(DISTRICT);
    if (name == null) {
      errors.add(new ImportError(row.number(), "区县", "区县不能为空：上传人为" + area.name() + "时须写明区县"));
      return null;
    }
    Optional<RegionRef> district = rules.lookup(area.id(), name);
    if (district.isEmpty()) {
      errors.add(new ImportError(row.number(), "区县", area.name() + "下没有名为“" + name + "”的区县"));
      return null;
    }
    return district.get();
  }
}
