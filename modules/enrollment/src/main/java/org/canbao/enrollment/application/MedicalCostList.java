package org.canbao.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.MedicalCostsImported;
import org.canbao.enrollment.application.ImportStaging.Existing;
import org.canbao.enrollment.application.ImportStaging.Outcome;
import org.canbao.enrollment.domain.Dates;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.MedicalCost;
import org.canbao.enrollment.domain.MedicalCostFigures;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.EnumSql;
import org.canbao.kernel.api.TableReader;

/**
 * The medical-insurance system's extract of medical costs (医疗费用明细, DOMAIN.md §11), one row per
 * person of the uploader's area: the month (费用年月), whether the figures are the month's own or the
 * year's up to the month's end (统计口径: 当月 / 年度累计 — a column, not a choice on upload, so that the
 * file itself says it and a cumulative file is never taken for a monthly one), the total cost, what
 * basic insurance, critical-illness insurance and medical assistance paid, and the person's 自付 and
 * 自费. Every column is required (a blank amount is 0, a blank total an error), the parts may not
 * exceed the total, amounts are never negative.
 *
 * <p>One figure per person and month ({@link MedicalCost}): a month not yet held is NEW, the same
 * figures again UNCHANGED (importing a file twice changes nothing), other figures for a month held
 * CHANGED — the commit replaces that month's figures (the earlier ones stay in the earlier batch's
 * staged rows, the change gets an audit row). A person missing from a month's file keeps what an
 * earlier file of the month gave. A person may appear once per file.
 *
 * <p>Extracts change none of the campaign's figures ({@link #change} null): the commit announces
 * itself with {@link MedicalCostsImported}, heard after the commit by the monitoring (reporting).
 */
@ApplicationScoped
public class MedicalCostList implements ListKind {
  static final String[] MONTH = {"费用年月", "结算年月", "费用月份", "月份", "month"};
  static final String[] SCOPE = {"统计口径", "费用口径", "口径", "scope"};
  static final String[] TOTAL = {"医疗总费用", "总费用", "医疗费用总额", "total_cost"};
  static final String[] BASIC = {"基本医保支付", "基本医疗保险支付", "统筹基金支付", "basic_insurance"};
  static final String[] CRITICAL = {"大病保险支付", "大病保险", "critical_illness"};
  static final String[] ASSISTANCE = {"医疗救助支付", "医疗救助", "medical_assistance"};
  static final String[] SELF_PAID = {"个人自付", "自付", "self_paid"};
  static final String[] SELF_FUNDED = {"个人自费", "自费", "self_funded"};

  /** The columns a file must have, each by its Chinese name and its accepted headers. */
  private record Column(String label, String[] names) {}

  private static final List<Column> REQUIRED =
      List.of(
          new Column("费用年月", MONTH),
          new Column("统计口径", SCOPE),
          new Column("医疗总费用", TOTAL),
          new Column("基本医保支付", BASIC),
          new Column("大病保险支付", CRITICAL),
          new Column("医疗救助支付", ASSISTANCE),
          new Column("个人自付", SELF_PAID),
          new Column("个人自费", SELF_FUNDED));

  private static final List<String> COLUMNS =
      ListKind.stagingColumns(
          "outcome",
          "person_id",
          "replaces_id",
          "note",
          "cost_year",
          "cost_month",
          "cost_cumulative",
          "cost_total",
          "cost_basic",
          "cost_critical",
          "cost_assistance",
          "cost_self_paid",
          "cost_self_funded");

  private static final String FIGURES =
      "cost_cumulative, cost_total, cost_basic, cost_critical, cost_assistance, cost_self_paid, cost_self_funded";

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject ImportStaging staging;
  @Inject Event<MedicalCostsImported> imported;

  @Override
  public ImportKind kind() {
    return ImportKind.MEDICAL_COSTS;
  }

  @Override
  public List<String> missingColumns(NameListRules rules, TableReader reader) {
    return REQUIRED.stream().filter(c -> !reader.hasColumn(c.names())).map(Column::label).toList();
  }

  @Override
  public void check(
      NameListRules rules,
      TableReader.Row source,
      NameListRules.Cells row,
      List<ImportError> errors) {
    int before = errors.size();
    YearMonth month = month(source, rules.today(), errors);
    Boolean cumulative = cumulative(source, errors);
    BigDecimal total = Amounts.cell(source, TOTAL, "医疗总费用", errors);
    if (total == null && source.get(TOTAL) == null) {
      errors.add(new ImportError(source.number(), "医疗总费用", "医疗总费用不能为空"));
    }
    BigDecimal basic = part(source, BASIC, "基本医保支付", errors);
    BigDecimal critical = part(source, CRITICAL, "大病保险支付", errors);
    BigDecimal assistance = part(source, ASSISTANCE, "医疗救助支付", errors);
    BigDecimal selfPaid = part(source, SELF_PAID, "个人自付", errors);
    BigDecimal selfFunded = part(source, SELF_FUNDED, "个人自费", errors);
    if (errors.size() > before) {
      return;
    }
    MedicalCostFigures f =
        new MedicalCostFigures(
            month, cumulative, total, basic, critical, assistance, selfPaid, selfFunded);
    if (!f.partsWithinTotal()) {
      errors.add(
          new ImportError(
              source.number(),
              "医疗总费用",
              "基本医保、大病保险、医疗救助支付与个人自付、自费之和（" + f.parts() + "元）超过医疗总费用（" + f.total() + "元）"));
      return;
    }
    row.details = f;
  }

  /** A payer's or the person's part: a blank cell is nothing paid. */
  private static BigDecimal part(
      TableReader.Row source, String[] column, String label, List<ImportError> errors) {
    BigDecimal amount = Amounts.cell(source, column, label, errors);
    return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
  }

  /** The month of the figures: not before 2000, not after the current month. */
  static YearMonth month(TableReader.Row source, LocalDate today, List<ImportError> errors) {
    String written = source.get(MONTH);
    if (written == null) {
      errors.add(new ImportError(source.number(), "费用年月", "费用年月不能为空"));
      return null;
    }
    YearMonth month;
    try {
      month = Dates.parseMonth(written, "费用年月");
    } catch (BusinessException e) {
      errors.add(new ImportError(source.number(), "费用年月", e.getMessage()));
      return null;
    }
    if (month.getYear() < 2000 || month.isAfter(YearMonth.from(today))) {
      errors.add(new ImportError(source.number(), "费用年月", "费用年月" + month + "不在2000年1月至本月之间"));
      month = null;
    }
    return month;
  }

  /** 统计口径: 年度累计 (true) or 当月 (false). */
  static Boolean cumulative(TableReader.Row source, List<ImportError> errors) {
    String written = source.get(SCOPE);
    String w = written == null ? "" : written.strip();
    if (Set.of("年度累计", "累计", "当年累计", "本年累计", "cumulative").contains(w)) {
      return true;
    }
    if (Set.of("当月", "本月", "月度", "单月", "monthly").contains(w)) {
      return false;
    }
    errors.add(
        new ImportError(
            source.number(),
            "统计口径",
            written == null ? "统计口径不能为空（年度累计或当月）" : "未知的统计口径：" + written + "（应为年度累计或当月）"));
    return null;
  }

  @Override
  public List<Outcome> outcomes(
      ImportWork.Context ctx,
      List<StagedRow> rows,
      Map<String, Existing> persons,
      List<ImportError> errors) {
    List<StagedRow> known =
        rows.stream()
            .filter(r -> AreaRule.inScope(ctx, r, persons.get(r.idNumber()), errors))
            .toList();
    Map<String, MedicalCost> held = new HashMap<>();
    List<Long> ids = known.stream().map(r -> persons.get(r.idNumber()).id()).toList();
    if (!ids.isEmpty()) {
      Set<Integer> years =
          known.stream().map(r -> figures(r).month().getYear()).collect(Collectors.toSet());
      em.createQuery(
              "select c from MedicalCost c where c.personId in :ids and c.year in :years",
              MedicalCost.class)
          .setParameter("ids", ids)
          .setParameter("years", years)
          .getResultStream()
          .forEach(c -> held.put(key(c.personId(), c.figures().month()), c));
    }
    List<Outcome> outcomes = new ArrayList<>(known.size());
    for (StagedRow r : known) {
      long person = persons.get(r.idNumber()).id();
      MedicalCost month = held.get(key(person, figures(r).month()));
      RowOutcome outcome =
          month == null
              ? RowOutcome.NEW
              : month.figures().sameAs(figures(r)) ? RowOutcome.UNCHANGED : RowOutcome.CHANGED;
      outcomes.add(new Outcome(r, outcome, person, null, null, month == null ? null : month.id()));
    }
    return outcomes;
  }

  private static String key(long personId, YearMonth month) {
    return personId + "|" + month;
  }

  private static MedicalCostFigures figures(StagedRow r) {
    return (MedicalCostFigures) r.details();
  }

  @Override
  public List<String> stagingColumns() {
    return COLUMNS;
  }

  @Override
  public Object[] staged(long batchId, Outcome o) {
    MedicalCostFigures f = figures(o.row());
    return ListKind.staged(
        batchId,
        o.row(),
        o.outcome().name(),
        o.personId(),
        o.replacesId(),
        o.row().note(),
        f.month().getYear(),
        f.month().getMonthValue(),
        f.cumulative(),
        f.total(),
        f.basicInsurance(),
        f.criticalIllness(),
        f.medicalAssistance(),
        f.selfPaid(),
        f.selfFunded());
  }

  /** No village's campaign figures change. */
  @Override
  public String changedVillages() {
    return null;
  }

  /**
   * New months inserted, months held replaced (an audit row each, with the batch's revision); then
   * {@link MedicalCostsImported} for the years the batch touched, heard after the commit.
   */
  @Override
  public void commit(
      ImportBatch batch, ImportStaging.Statements sql, String note, LocalDate today) {
    long id = batch.id();
    Set<Integer> years =
        staging
            .ids(
                "select distinct cost_year from enrollment.import_row where batch_id = ? and outcome in "
                    + EnumSql.anyOf(RowOutcome.NEW, RowOutcome.CHANGED),
                id)
            .stream()
            .map(Long::intValue)
            .collect(Collectors.toSet());
    sql.run(
        "insert into enrollment.medical_cost (person_id, cost_year, cost_month, cumulative, total_cost, basic_insurance,"
            + " critical_illness, medical_assistance, self_paid, self_funded, batch_id, version)"
            + " select person_id, cost_year, cost_month, "
            + FIGURES
            + ", batch_id, 0 from enrollment.import_row where batch_id = ? and outcome = "
            + EnumSql.of(RowOutcome.NEW),
        id);
    sql.run(
        "merge into enrollment.medical_cost m using (select replaces_id, "
            + FIGURES
            + " from enrollment.import_row where batch_id = ? and outcome = "
            + EnumSql.of(RowOutcome.CHANGED)
            + ") r on m.id = r.replaces_id when matched then update set cumulative = r.cost_cumulative,"
            + " total_cost = r.cost_total, basic_insurance = r.cost_basic, critical_illness = r.cost_critical,"
            + " medical_assistance = r.cost_assistance, self_paid = r.cost_self_paid, self_funded = r.cost_self_funded,"
            + " batch_id = ?, version = m.version + 1",
        id,
        id);
    long rev = sql.audit(batch.uploadedBy(), MedicalCost.class, note);
    sql.run(
        "insert into enrollment.medical_cost_aud (id, rev, revtype, person_id, cost_year, cost_month, cumulative, total_cost,"
            + " basic_insurance, critical_illness, medical_assistance, self_paid, self_funded, batch_id)"
            + " select m.id, ?, 1, m.person_id, m.cost_year, m.cost_month, m.cumulative, m.total_cost, m.basic_insurance,"
            + " m.critical_illness, m.medical_assistance, m.self_paid, m.self_funded, m.batch_id from enrollment.medical_cost m"
            + " join enrollment.import_row r on r.replaces_id = m.id where r.batch_id = ? and r.outcome = "
            + EnumSql.of(RowOutcome.CHANGED),
        rev,
        id);
    imported.fire(new MedicalCostsImported(id, batch.regionId(), years));
  }

  /** Medical costs are no campaign figure: nothing is fired for the villages. */
  @Override
  public EnrollmentChanged.Kind change() {
    return null;
  }
}
