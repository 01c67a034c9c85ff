package org.canbao.enrollment.application;

import static org.canbao.enrollment.application.NameListRules.CHANNEL;
import static org.canbao.enrollment.application.NameListRules.INSURED_TYPE;
import static org.canbao.enrollment.application.NameListRules.PAID;
import static org.canbao.enrollment.application.NameListRules.PAID_ON;
import static org.canbao.enrollment.application.NameListRules.TIER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.enrollment.application.ImportStaging.Existing;
import org.canbao.enrollment.application.ImportStaging.ExistingIdentity;
import org.canbao.enrollment.application.ImportStaging.ExistingRecord;
import org.canbao.enrollment.application.ImportStaging.Outcome;
import org.canbao.enrollment.domain.Dates;
import org.canbao.enrollment.domain.EnrollmentRecord;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.EnumSql;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.Pricing;

/**
 * The tax bureau's payment list (缴费名单): payments of registered persons of the uploader's area,
 * priced at the check as a payment registered on screen is priced, recorded (frozen) at the commit.
 * The commit records each payment as {@link EnrollmentRecord#payment} does (PaymentRecordSqlTest
 * checks {@link #RECORD_PAYMENTS} against it); the database allows one active record per person and
 * year, so a payment registered meanwhile on screen makes the whole commit fail.
 */
@ApplicationScoped
public class PaymentList implements ListKind {
  private static final List<String> COLUMNS =
      ListKind.stagingColumns(
          "category_code",
          "outcome",
          "person_id",
          "insured_type",
          "tier",
          "payment_date",
          "channel",
          "contribution",
          "subsidy",
          "individual",
          "funding_source",
          "funding_department",
          "benefit_start",
          "benefit_end",
          "policy_id",
          "replaces_id",
          "note");

  /**
   * The records of a batch's new rows (parameters: year, recorded by, recorded at, batch), in
   * person order: kind, status and fields as {@link EnrollmentRecord#payment} sets them.
   */
  static final String RECORD_PAYMENTS =
      "insert into enrollment.enrollment_record (person_id, insurance_year, kind, insured_type, tier,"
          + " payment_date, channel, contribution, subsidy, individual, category_code, funding_source, funding_department, benefit_start,"
          + " benefit_end, policy_id, status, replaces_id, recorded_by, recorded_at, version, batch_id) select person_id, ?, '"
          + EnrollmentKind.RESIDENT_PAYMENT.name()
          + "', insured_type, tier, payment_date, channel, contribution, subsidy, individual,"
          + " category_code, funding_source, funding_department, benefit_start, benefit_end, policy_id, '"
          + RecordStatus.ACTIVE.name()
          + "',"
          + " replaces_id, ?, ?, 0, batch_id from enrollment.import_row where batch_id = ? and outcome = "
          + EnumSql.of(RowOutcome.NEW)
          + " order by person_id";

  @Inject ImportStaging staging;
  @Inject RegionDirectory regions;
  @Inject PolicyFacade policies;
  @Inject ClosedYears closedYears;

  @Override
  public ImportKind kind() {
    return ImportKind.PAYMENT_LIST;
  }

  @Override
  public List<String> missingColumns(NameListRules rules, TableReader reader) {
    List<String> missing = new ArrayList<>();
    if (!reader.hasColumn(TIER)) {
      missing.add("档次");
    }
    if (!reader.hasColumn(PAID_ON)) {
      missing.add("缴费日期");
    }
    return missing;
  }

  @Override
  public void check(
      NameListRules rules,
      TableReader.Row source,
      NameListRules.Cells row,
      List<ImportError> errors) {
    row.details = payment(source, errors);
  }

  /**
   * Prices the chunk's rows as a payment registered on screen is priced (highest identity valid on
   * the payment date, the district's policy for the year, benefit period rules); a row is NEW,
   * UNCHANGED (the same payment is already recorded) or rejected with the reason.
   */
  @Override
  public List<Outcome> outcomes(
      ImportWork.Context ctx,
      List<StagedRow> rows,
      Map<String, Existing> persons,
      List<ImportError> errors) {
    List<StagedRow> payable =
        rows.stream()
            .filter(r -> AreaRule.inScope(ctx, r, persons.get(r.idNumber()), errors))
            .filter(r -> open(ctx, r, persons.get(r.idNumber()), errors))
            .toList();
    List<Long> ids = payable.stream().map(r -> persons.get(r.idNumber()).id()).toList();
    Map<Long, List<ExistingIdentity>> identities =
        staging.identities(ids).stream().collect(Collectors.groupingBy(ExistingIdentity::personId));
    Map<Long, List<ExistingRecord>> records =
        staging.records(ids, ctx.year()).stream()
            .collect(Collectors.groupingBy(ExistingRecord::personId));
    List<QuoteRequest> asked = new ArrayList<>(payable.size());
    List<Set<String>> held = new ArrayList<>(payable.size());
    List<Pricing.Request> requests = new ArrayList<>(payable.size());
    for (StagedRow r : payable) {
      Existing p = persons.get(r.idNumber());
      StagedRow.Payment pay = r.payment();
      QuoteRequest q =
          new QuoteRequest(
              p.id(),
              null,
              null,
              ctx.year(),
              pay.insuredType(),
              pay.tier(),
              pay.date(),
              r.birthDate(),
              false,
              false,
              p.householdType());
      Set<String> valid =
          identities.getOrDefault(p.id(), List.of()).stream()
              .filter(i -> PersonIdentity.validOn(i.validFrom(), i.validTo(), pay.date()))
              .map(ExistingIdentity::categoryCode)
              .collect(Collectors.toSet());
      String district =
          ctx.districts()
              .computeIfAbsent(p.villagePath(), path -> QuoteService.districtOf(regions, path));
      asked.add(q);
      held.add(valid);
      requests.add(QuoteService.pricing(q, district, valid, r.birthDate()));
    }
    List<Pricing.Result> prices = requests.isEmpty() ? List.of() : policies.priceAll(requests);
    List<Outcome> outcomes = new ArrayList<>(payable.size());
    for (int i = 0; i < payable.size(); i++) {
      StagedRow r = payable.get(i);
      Existing p = persons.get(r.idNumber());
      Quote q =
          QuoteService.complete(
              asked.get(i), held.get(i), r.birthDate(), prices.get(i), ctx.categories(), List.of());
      BigDecimal paid = r.payment().paid();
      List<ExistingRecord> mine = records.getOrDefault(p.id(), List.of());
      ExistingRecord active = mine.stream().filter(ExistingRecord::active).findFirst().orElse(null);
      if (q.refusal() != null) {
        errors.add(new ImportError(r.rowNo(), "缴费日期", q.refusal()));
      } else if (paid != null && paid.compareTo(q.individual()) != 0) {
        errors.add(
            new ImportError(
                r.rowNo(),
                "缴费金额",
                "缴费金额" + paid + "元与应缴" + q.individual() + "元不符（" + q.explanation() + "）"));
      } else if (active == null) {
        Long replaces = mine.stream().map(ExistingRecord::id).max(Long::compare).orElse(null);
        outcomes.add(new Outcome(r, RowOutcome.NEW, p.id(), null, q, replaces));
      } else if (active.samePayment(r.payment())) {
        outcomes.add(new Outcome(r, RowOutcome.UNCHANGED, p.id(), null, q, null));
      } else {
        // told at the check, row by row; the database's index is the rule the commit meets
        errors.add(
            new ImportError(
                r.rowNo(), "身份证号", EnrollmentRecord.alreadyInsured(ctx.year(), active.describe())));
      }
    }
    return outcomes;
  }

  /**
   * A payment of a closed year (年度锁定) of the person's district is refused row by row at the check,
   * before it is priced; the database would refuse it at the commit.
   */
  private boolean open(ImportWork.Context ctx, StagedRow r, Existing p, List<ImportError> errors) {
    if (ctx.closedFor(p.villagePath(), closedYears).contains(ctx.year())) {
      errors.add(
          new ImportError(r.rowNo(), "参保年度", ClosedYears.refusal("", ctx.year(), "该年度的参保记录")));
      return false;
    }
    return true;
  }

  @Override
  public List<String> stagingColumns() {
    return COLUMNS;
  }

  @Override
  public Object[] staged(long batchId, Outcome o) {
    StagedRow r = o.row();
    Quote q = o.quote();
    StagedRow.Payment p = r.payment();
    return ListKind.staged(
        batchId,
        r,
        q.categoryCode(),
        o.outcome().name(),
        o.personId(),
        p.insuredType().name(),
        p.tier().name(),
        p.date(),
        p.channel().name(),
        q.contribution(),
        q.subsidy(),
        q.individual(),
        q.fundingSource() == null ? null : q.fundingSource().name(),
        q.fundingDepartment(),
        q.benefitStart(),
        q.benefitEnd(),
        q.policyId(),
        o.replacesId(),
        r.note());
  }

  /** The villages of the persons it insures. */
  @Override
  public String changedVillages() {
    return "select distinct p.village_id from enrollment.import_row r join enrollment.person p on p.id = r.person_id"
        + " where r.batch_id = ? and r.outcome = "
        + EnumSql.of(RowOutcome.NEW);
  }

  /**
   * One resident-payment record per new row, priced and frozen as the check priced it, naming the
   * batch; one audit revision.
   */
  @Override
  public void commit(
      ImportBatch batch, ImportStaging.Statements sql, String note, LocalDate today) {
    sql.audit(batch.uploadedBy(), EnrollmentRecord.class, note);
    try {
      sql.run(
          RECORD_PAYMENTS,
          batch.insuranceYear(),
          batch.uploadedBy(),
          OffsetDateTime.now(),
          batch.id());
    } catch (ImportStaging.UniqueViolation e) {
      throw new BusinessException("batch", "提交时发现名单中有人已另行登记了本年度参保记录，未写入任何数据，请重新检查该文件");
    }
  }

  @Override
  public EnrollmentChanged.Kind change() {
    return EnrollmentChanged.Kind.PAYMENTS_IMPORTED;
  }

  static StagedRow.Payment payment(TableReader.Row row, List<ImportError> errors) {
    InsuredType type = InsuredType.RESIDENT;
    String writtenType = row.get(INSURED_TYPE);
    if (writtenType != null) {
      type = byLabel(InsuredType.values(), writtenType, InsuredType::label);
      if (type == null) {
        errors.add(
            new ImportError(
                row.number(),
                "参保类型",
                "未知的参保类型："
                    + writtenType
                    + "（应为"
                    + labels(InsuredType.values(), InsuredType::label)
                    + "）"));
      }
    }
    String writtenTier = row.get(TIER);
    Tier tier = writtenTier == null ? null : byLabel(Tier.values(), writtenTier, Tier::label);
    if (tier == null) {
      errors.add(
          new ImportError(
              row.number(),
              "档次",
              writtenTier == null ? "档次不能为空" : "未知的档次：" + writtenTier + "（应为一档或二档）"));
    }
    LocalDate date = null;
    try {
      date = Dates.parse(row.get(PAID_ON), "缴费日期");
      if (date == null) {
        errors.add(new ImportError(row.number(), "缴费日期", "缴费日期不能为空"));
      }
    } catch (BusinessException e) {
      errors.add(new ImportError(row.number(), "缴费日期", e.getMessage()));
    }
    PaymentChannel channel = PaymentChannel.TAX_BUREAU;
    String writtenChannel = row.get(CHANNEL);
    if (writtenChannel != null) {
      channel = byLabel(PaymentChannel.values(), writtenChannel, PaymentChannel::label);
      if (channel == null) {
        errors.add(
            new ImportError(
                row.number(),
                "缴费渠道",
                "未知的缴费渠道："
                    + writtenChannel
                    + "（应为"
                    + labels(PaymentChannel.values(), PaymentChannel::label)
                    + "）"));
      }
    }
    BigDecimal paid = Amounts.cell(row, PAID, "缴费金额", errors);
    return new StagedRow.Payment(type, tier, date, channel, paid);
  }

  /** An enum constant by its Chinese label or its name. */
  private static <E extends Enum<E>> E byLabel(
      E[] values, String written, Function<E, String> label) {
    String w = written.strip();
    for (E e : values) {
      if (label.apply(e).equals(w) || e.name().equalsIgnoreCase(w)) {
        return e;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> String labels(E[] values, Function<E, String> label) {
    return String.join("、", Arrays.stream(values).map(label).toList());
  }
}
