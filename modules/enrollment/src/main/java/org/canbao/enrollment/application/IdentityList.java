package org.canbao.enrollment.application;

import static org.canbao.enrollment.application.NameListRules.CATEGORY;
import static org.canbao.enrollment.application.NameListRules.DEPARTMENT;
import static org.canbao.enrollment.application.NameListRules.FROM;
import static org.canbao.enrollment.application.NameListRules.TO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.application.ImportStaging.Existing;
import org.canbao.enrollment.application.ImportStaging.ExistingIdentity;
import org.canbao.enrollment.application.ImportStaging.Outcome;
import org.canbao.enrollment.domain.Dates;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.EnumSql;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.api.Validity;

/**
 * A department's identity list (部门身份名单): identities (低保对象, 特困人员…) of registered persons of the
 * uploader's area, with their validity; a provider reports only the categories its department
 * certifies. New identities are added, known ones (person, category, start) get their end date.
 */
@ApplicationScoped
public class IdentityList implements ListKind {
  private static final List<String> COLUMNS =
      ListKind.stagingColumns(
          "category_code",
          "department",
          "valid_from",
          "valid_to",
          "outcome",
          "person_id",
          "identity_id",
          "note");

  @Inject ImportStaging staging;
  @Inject ClosedYears closedYears;

  @Override
  public ImportKind kind() {
    return ImportKind.IDENTITY_LIST;
  }

  @Override
  public boolean repeatsPerCategory() {
    return true;
  }

  @Override
  public List<String> missingColumns(NameListRules rules, TableReader reader) {
    return rules.fileCategory() == null && !reader.hasColumn(CATEGORY)
        ? List.of("身份类别")
        : List.of();
  }

  @Override
  public void check(
      NameListRules rules,
      TableReader.Row source,
      NameListRules.Cells row,
      List<ImportError> errors) {
    NameListRules.Category c = rules.fileCategory();
    String written = source.get(CATEGORY);
    if (written != null) {
      c = rules.category(written);
      if (c == null) {
        errors.add(
            new ImportError(source.number(), "身份类别", "未知的身份类别：" + written + "（身份类别由市级系统管理员统一维护）"));
      }
    }
    String uploader = rules.uploaderDepartment();
    if (c != null && !ImportRights.certifies(uploader, c.department())) {
      errors.add(
          new ImportError(
              source.number(),
              "身份类别",
              "身份类别“"
                  + (written == null ? c.code() : written)
                  + "”由"
                  + c.department()
                  + "认定，"
                  + uploader
                  + "不能报送"));
      c = null;
    }
    if (c != null) {
      row.category = c.code();
      row.department = source.get(DEPARTMENT) != null ? source.get(DEPARTMENT) : c.department();
    }
    LocalDate from = null;
    try {
      from = Dates.parse(source.get(FROM), "有效期起");
    } catch (BusinessException e) {
      errors.add(new ImportError(source.number(), "有效期起", e.getMessage()));
    }
    try {
      row.validTo = Dates.parse(source.get(TO), "有效期止");
    } catch (BusinessException e) {
      errors.add(new ImportError(source.number(), "有效期止", e.getMessage()));
    }
    // a list without dates certifies the identity for the current year (deterministic, so
    // re-imports match)
    row.validFrom = from == null ? LocalDate.of(rules.today().getYear(), 1, 1) : from;
    if (row.validTo != null && row.validTo.isBefore(row.validFrom)) {
      errors.add(new ImportError(source.number(), "有效期止", "截止日期早于起始日期"));
    }
  }

  @Override
  public List<Outcome> outcomes(
      ImportWork.Context ctx,
      List<StagedRow> rows,
      Map<String, Existing> persons,
      List<ImportError> errors) {
    Map<String, ExistingIdentity> identities = new HashMap<>();
    for (ExistingIdentity i :
        staging.identities(persons.values().stream().map(Existing::id).toList())) {
      identities.put(i.personId() + "|" + i.categoryCode() + "|" + i.validFrom(), i);
    }
    List<Outcome> outcomes = new ArrayList<>(rows.size());
    for (StagedRow r : rows) {
      Existing p = persons.get(r.idNumber());
      if (!AreaRule.inScope(ctx, r, p, errors)) {
        continue;
      }
      ExistingIdentity i = identities.get(p.id() + "|" + r.categoryCode() + "|" + r.validFrom());
      Validity before = i == null ? null : new Validity(i.validFrom(), i.validTo());
      Validity after = new Validity(r.validFrom(), r.validTo());
      Integer closed =
          ctx.closedFor(p.villagePath(), closedYears).stream()
              .filter(y -> Validity.changesYear(before, after, y))
              .findFirst()
              .orElse(null);
      if (closed != null) {
        // a closed year (年度锁定): what identities say of its days no longer changes
        errors.add(
            new ImportError(
                r.rowNo(), "有效期", ClosedYears.refusal("", closed, PersonService.IDENTITY)));
      } else if (i == null) {
        outcomes.add(new Outcome(r, RowOutcome.NEW, p.id(), null, null, null));
      } else {
        outcomes.add(
            new Outcome(
                r,
                Objects.equals(i.validTo(), r.validTo())
                    ? RowOutcome.UNCHANGED
                    : RowOutcome.CHANGED,
                p.id(),
                i.id(),
                null,
                null));
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
        r.categoryCode(),
        r.department(),
        r.validFrom(),
        r.validTo(),
        o.outcome().name(),
        o.personId(),
        o.identityId(),
        r.note());
  }

  /** The villages of the persons whose identities it adds or ends (the sub-targets' counts). */
  @Override
  public String changedVillages() {
    return "select distinct p.village_id from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
        + " where r.batch_id = ? and r.outcome in "
        + EnumSql.anyOf(RowOutcome.NEW, RowOutcome.CHANGED);
  }

  /**
   * New identities, changed end dates; one audit revision with a row per identity the batch wrote.
   */
  @Override
  public void commit(
      ImportBatch batch, ImportStaging.Statements sql, String note, LocalDate today) {
    long id = batch.id();
    sql.run(
        "insert into enrollment.person_identity (person_id, category_code, department, valid_from, valid_to, batch_id, version)"
            + " select person_id, category_code, department, valid_from, valid_to, batch_id, 0 from enrollment.import_row"
            + " where batch_id = ? and outcome = "
            + EnumSql.of(RowOutcome.NEW),
        id);
    sql.run(
        "merge into enrollment.person_identity i using (select identity_id, valid_to from enrollment.import_row where batch_id = ?"
            + " and outcome = "
            + EnumSql.of(RowOutcome.CHANGED)
            + ") r on i.id = r.identity_id when matched then update set valid_to = r.valid_to, batch_id = ?,"
            + " version = i.version + 1",
        id,
        id);
    long rev = sql.audit(batch.uploadedBy(), PersonIdentity.class, note);
    sql.run(
        "insert into enrollment.person_identity_aud (id, rev, revtype, person_id, category_code, department, valid_from, valid_to, batch_id)"
            + " select i.id, ?, case when i.version = 0 then 0 else 1 end, i.person_id, i.category_code, i.department, i.valid_from, i.valid_to,"
            + " i.batch_id from enrollment.person_identity i where i.batch_id = ?",
        rev,
        id);
  }

  @Override
  public EnrollmentChanged.Kind change() {
    return EnrollmentChanged.Kind.IDENTITIES_CHANGED;
  }
}
