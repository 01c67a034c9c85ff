package org.canbao.enrollment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.enrollment.infrastructure.StagingStore;
import org.canbao.enrollment.infrastructure.StagingStore.Existing;
import org.canbao.enrollment.infrastructure.StagingStore.ExistingIdentity;
import org.canbao.enrollment.infrastructure.StagingStore.Outcome;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.Pricing;

/**
 * The steps of the import jobs, each in a transaction: build a batch's rules, stage a chunk of
 * checked rows with their outcome against the registry, summarise, apply all-or-nothing. Called by
 * the Jakarta Batch artifacts, which run without a signed-in user: the area was fixed when the
 * batch was created from the uploader's account.
 */
@Stateless
@PermitAll
// Each step in its own transaction, apart from Jakarta Batch's chunk transaction: the batch runtime's
// job repository is a second, non-XA resource. Staging a chunk is idempotent (a re-run replaces the
// chunk's rows), so a restart from the last checkpoint never stages a row twice.
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWork {
  private static final Logger LOG = Logger.getLogger(ImportWork.class.getName());
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** An identity or payment row naming nobody of the uploader's area: unknown, or registered elsewhere. */
  static final String NOT_IN_AREA = "您管辖范围内的户籍登记中没有此人（未登记，或户籍在您的管辖范围以外），请先导入户籍名单或登记人员";

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;

  @Inject StagingStore store;
  @Inject RegionDirectory regions;
  @Inject CategoryFacade categories;
  @Inject PolicyFacade policies;
  @Inject Event<EnrollmentChanged> changes;

  /**
   * What a job needs to know about its batch; {@code districts} remembers the district of each village
   * path met (payment lists are priced by the district's policy).
   */
  public record Context(long batchId, ImportKind kind, String fileName, Path file, String regionPath, Integer year, int expectedRows,
      NameListRules rules, Map<String, String> districts, Map<String, CategoryView> categories) {}

  public Context context(long batchId) {
    ImportBatch b = batch(batchId);
    return new Context(batchId, b.kind(), b.fileName(), Path.of(b.storedPath()), b.regionPath(), b.insuranceYear(), b.totalRows(),
        rules(b.kind(), b.regionId(), b.categoryCode(), b.uploadedForDepartment()), new HashMap<>(),
        categories.list(true).stream().collect(Collectors.toMap(CategoryView::code, c -> c)));
  }

  /** Refuses a payment list for a year without a published policy before anything is stored. */
  public void requirePolicy(long regionId, int year) {
    RegionRef area = regions.find(regionId).orElseThrow();
    String district = QuoteService.districtOf(regions, area.path());
    policies.price(new Pricing.Request(district, year, Set.of(), InsuredType.RESIDENT, Tier.TIER_1, LocalDate.of(year, 1, 1), false));
  }

  /** The row rules of a list; {@code department}: the department a provider uploads for (null: any category). */
  public NameListRules rules(ImportKind kind, long regionId, String categoryCode, String department) {
    RegionRef area = regions.find(regionId).orElseThrow();
    Map<String, NameListRules.Category> byKey = new HashMap<>();
    for (CategoryView c : categories.list(false)) {
      NameListRules.Category cat = new NameListRules.Category(c.code(), c.certifyingDepartment());
      byKey.put(c.code(), cat);
      byKey.put(c.name(), cat);
    }
    NameListRules.Category fileCategory = categoryCode == null ? null : byKey.get(categoryCode);
    // look-ups go through this bean so that, called from a batch chunk, they run in their own transaction
    ImportWork self = session.getBusinessObject(ImportWork.class);
    return new NameListRules(kind, area, self::resolveChild, byKey, fileCategory, regions.issuingRegions(), LocalDate.now(CHINA))
        .forDepartment(department);
  }

  public java.util.Optional<RegionRef> resolveChild(Long parentId, String name) {
    return regions.resolveChild(parentId, name);
  }

  public void restartCheck(long batchId) {
    store.clear(batchId);
  }

  public void setTotal(long batchId, int total) {
    store.setTotal(batchId, total);
  }

  /** After a restart: the keys the interrupted run staged before {@code row}. */
  public SeenInFile stagedBefore(Context ctx, int row) {
    return store.stagedBefore(ctx.batchId(), row, ctx.kind() == ImportKind.IDENTITY_LIST);
  }

  /**
   * Stages a chunk: each accepted row gets its outcome against the registry, or a row error; a key
   * the list named before ({@code seen}, kept by the job across chunks) is a row error. After a
   * restart ({@code rerun}) the chunk first replaces whatever the interrupted run staged for its rows.
   */
  public void stage(Context ctx, List<StagedRow> rows, SeenInFile seen, boolean rerun) {
    if (rows.isEmpty()) {
      return;
    }
    if (rerun) {
      store.forgetRows(ctx.batchId(), rows.get(0).rowNo(), rows.get(rows.size() - 1).rowNo());
    }
    List<ImportError> errors = new ArrayList<>();
    List<StagedRow> accepted = new ArrayList<>();
    for (StagedRow r : rows) {
      if (r.rejected()) {
        errors.addAll(r.errors());
      } else if (!seen.add(r.idNumber(), r.categoryCode())) {
        errors.add(new ImportError(r.rowNo(), "身份证号", "同一人在文件中重复出现"));
      } else {
        accepted.add(r);
      }
    }
    Set<String> ids = accepted.stream().map(StagedRow::idNumber).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, Existing> persons = store.persons(ids);
    Map<String, ExistingIdentity> identities = new HashMap<>();
    if (ctx.kind() == ImportKind.IDENTITY_LIST) {
      for (ExistingIdentity i : store.identities(persons.values().stream().map(Existing::id).toList())) {
        identities.put(i.personId() + "|" + i.categoryCode() + "|" + i.validFrom(), i);
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    if (ctx.kind() == ImportKind.PAYMENT_LIST) {
      payments(ctx, accepted, persons, outcomes, errors);
      store.stage(ctx.batchId(), ctx.kind(), outcomes, errors);
      return;
    }
    for (StagedRow r : accepted) {
      Existing p = persons.get(r.idNumber());
      Outcome o = ctx.kind() == ImportKind.HOUSEHOLD_REGISTER ? household(ctx, r, p, errors) : identity(ctx, r, p, identities, errors);
      if (o != null) {
        outcomes.add(o);
      }
    }
    store.stage(ctx.batchId(), ctx.kind(), outcomes, errors);
  }

  /**
   * A household row: a new person, or a change (move, name, household) of a person registered inside
   * the uploader's area. A person registered outside it is not the uploader's to move or rename: a move
   * between areas is imported by an office whose area holds both (the township, the district).
   */
  private static Outcome household(Context ctx, StagedRow r, Existing p, List<ImportError> errors) {
    if (p == null) {
      return new Outcome(r, "NEW", null, null, null, null);
    }
    if (outsideArea(ctx, p)) {
      errors.add(new ImportError(r.rowNo(), "身份证号", "此人已在您的管辖范围以外登记户籍，不能由您迁入或更正；跨区域迁移须由共同的上级经办机构导入"));
      return null;
    }
    boolean same = r.name().equals(p.name())
        && java.util.Objects.equals(r.householdNo(), p.householdNo())
        && java.util.Objects.equals(r.relationToHead(), p.relation())
        && (r.householdType() == null || r.householdType() == p.householdType())
        && r.villageId() == p.villageId();
    return new Outcome(r, same ? "UNCHANGED" : "CHANGED", p.id(), null, null, null);
  }

  private static Outcome identity(Context ctx, StagedRow r, Existing p, Map<String, ExistingIdentity> identities, List<ImportError> errors) {
    if (!inScope(ctx, r, p, errors)) {
      return null;
    }
    ExistingIdentity i = identities.get(p.id() + "|" + r.categoryCode() + "|" + r.validFrom());
    if (i == null) {
      return new Outcome(r, "NEW", p.id(), null, null, null);
    }
    return new Outcome(r, java.util.Objects.equals(i.validTo(), r.validTo()) ? "UNCHANGED" : "CHANGED", p.id(), i.id(), null, null);
  }

  /**
   * Prices a chunk of a payment list as a payment registered on screen is priced (highest identity
   * valid on the payment date, the district's policy for the year, benefit period rules); a row is
   * NEW, UNCHANGED (the same payment is already recorded) or rejected with the reason.
   */
  private void payments(Context ctx, List<StagedRow> rows, Map<String, Existing> persons, List<Outcome> outcomes, List<ImportError> errors) {
    List<StagedRow> payable = new ArrayList<>();
    for (StagedRow r : rows) {
      Existing p = persons.get(r.idNumber());
      if (inScope(ctx, r, p, errors)) {
        payable.add(r);
      }
    }
    List<Long> ids = payable.stream().map(r -> persons.get(r.idNumber()).id()).toList();
    Map<Long, List<ExistingIdentity>> identities = store.identities(ids).stream().collect(Collectors.groupingBy(ExistingIdentity::personId));
    Map<Long, List<StagingStore.ExistingRecord>> records = store.records(ids, ctx.year()).stream()
        .collect(Collectors.groupingBy(StagingStore.ExistingRecord::personId));
    List<QuoteRequest> asked = new ArrayList<>(payable.size());
    List<Set<String>> held = new ArrayList<>(payable.size());
    List<Pricing.Request> requests = new ArrayList<>(payable.size());
    for (StagedRow r : payable) {
      Existing p = persons.get(r.idNumber());
      StagedRow.Payment pay = r.payment();
      QuoteRequest q = new QuoteRequest(p.id(), null, null, ctx.year(), pay.insuredType(), pay.tier(), pay.date(), r.birthDate(), false, false,
          p.householdType());
      Set<String> valid = identities.getOrDefault(p.id(), List.of()).stream()
          .filter(i -> !pay.date().isBefore(i.validFrom()) && (i.validTo() == null || !pay.date().isAfter(i.validTo())))
          .map(ExistingIdentity::categoryCode).collect(Collectors.toSet());
      String district = ctx.districts().computeIfAbsent(p.villagePath(), path -> QuoteService.districtOf(regions, path));
      asked.add(q);
      held.add(valid);
      requests.add(QuoteService.pricing(q, district, valid, r.birthDate()));
    }
    List<Pricing.Result> prices = requests.isEmpty() ? List.of() : policies.priceAll(requests);
    for (int i = 0; i < payable.size(); i++) {
      StagedRow r = payable.get(i);
      Existing p = persons.get(r.idNumber());
      Quote q = QuoteService.complete(asked.get(i), held.get(i), r.birthDate(), prices.get(i), ctx.categories(), List.of());
      if (q.refusal() != null) {
        errors.add(new ImportError(r.rowNo(), "缴费日期", q.refusal()));
        continue;
      }
      BigDecimal paid = r.payment().paid();
      if (paid != null && paid.compareTo(q.individual()) != 0) {
        errors.add(new ImportError(r.rowNo(), "缴费金额", "缴费金额" + paid + "元与应缴" + q.individual() + "元不符（" + q.explanation() + "）"));
        continue;
      }
      List<StagingStore.ExistingRecord> mine = records.getOrDefault(p.id(), List.of());
      StagingStore.ExistingRecord active = mine.stream().filter(StagingStore.ExistingRecord::active).findFirst().orElse(null);
      if (active == null) {
        Long replaces = mine.stream().map(StagingStore.ExistingRecord::id).max(Long::compare).orElse(null);
        outcomes.add(new Outcome(r, "NEW", p.id(), null, q, replaces));
      } else if (active.samePayment(r.payment())) {
        outcomes.add(new Outcome(r, "UNCHANGED", p.id(), null, q, null));
      } else {
        errors.add(new ImportError(r.rowNo(), "身份证号", ctx.year() + "年度已有参保记录（" + active.describe() + "），如需更正请先冲销原记录"));
      }
    }
  }

  /** The one area check of every list kind: a registered person outside the uploader's area. */
  private static boolean outsideArea(Context ctx, Existing p) {
    return !p.villagePath().startsWith(ctx.regionPath());
  }

  /**
   * An identity or payment row names a person of the uploader's area. An unknown ID number and one
   * registered outside the area get the same words: the answer must not tell whether a number is
   * registered anywhere in the city (issue 10 item 10).
   */
  private static boolean inScope(Context ctx, StagedRow r, Existing p, List<ImportError> errors) {
    if (p == null || outsideArea(ctx, p)) {
      errors.add(new ImportError(r.rowNo(), "身份证号", NOT_IN_AREA));
      return false;
    }
    if (!p.name().equals(r.name())) {
      errors.add(new ImportError(r.rowNo(), "姓名", "姓名与户籍登记不一致（登记为" + p.name() + "）"));
      return false;
    }
    return true;
  }

  public void summarise(long batchId) {
    store.analyse();
    Map<String, Integer> c = store.counts(batchId);
    batch(batchId).checked(c.getOrDefault("NEW", 0), c.getOrDefault("CHANGED", 0), c.getOrDefault("UNCHANGED", 0), c.getOrDefault("REJECTED", 0), c.getOrDefault("NOTED", 0));
  }

  /** Writes the batch to the registry in its own transaction: every row or none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void apply(long batchId) {
    ImportBatch b = batch(batchId);
    int staged = store.stagedRows(batchId);
    if (staged != b.newRows() + b.changedRows() + b.unchangedRows()) {
      // staging tables are unlogged on PostgreSQL: a database crash after the check empties them
      throw new BusinessException("batch", "检查结果已不完整（数据库曾重启），未写入任何数据，请重新检查该文件后再提交");
    }
    // read before the rows are written: a moved person's old village is still on the person
    Set<Long> villages = store.villagesOf(batchId, b.kind());
    String note = StagingStore.revisionNote(batchId) + b.kind().label() + " " + b.fileName() + "：新增 " + b.newRows() + "，变更 " + b.changedRows();
    switch (b.kind()) {
      case HOUSEHOLD_REGISTER -> store.applyHouseholds(batchId, b.changedRows(), LocalDate.now(CHINA), b.uploadedBy(), note);
      case IDENTITY_LIST -> store.applyIdentities(batchId, b.uploadedBy(), note);
      case PAYMENT_LIST -> store.applyPayments(batchId, b.insuranceYear(), b.uploadedBy(), note);
    }
    b.committed();
    if (!villages.isEmpty()) {
      // in this method's own transaction (REQUIRES_NEW): observers after success hear of it once it is committed
      EnrollmentChanged.Kind kind = switch (b.kind()) {
        case PAYMENT_LIST -> EnrollmentChanged.Kind.PAYMENTS_IMPORTED;
        case IDENTITY_LIST -> EnrollmentChanged.Kind.IDENTITIES_CHANGED;
        case HOUSEHOLD_REGISTER -> EnrollmentChanged.Kind.PERSONS_REGISTERED;
      };
      changes.fire(new EnrollmentChanged(kind, b.insuranceYear(), Set.copyOf(villages), batchId));
    }
    LOG.info(() -> "Import " + batchId + " committed: " + b.newRows() + " new, " + b.changedRows() + " changed");
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long batchId, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && !(root instanceof BusinessException)) {
      root = root.getCause();
    }
    String incident = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    if (!(root instanceof BusinessException)) {
      LOG.log(java.util.logging.Level.SEVERE, "Import " + batchId + " failed, incident " + incident, cause);
    }
    // the database's own words may quote SQL and the rows' values (ID numbers): they go to the log only
    String message = root instanceof BusinessException ? root.getMessage() : "处理失败，未写入任何数据（事件编号 " + incident + "，请联系系统管理员）";
    batch(batchId).failed(message);
  }

  private ImportBatch batch(long id) {
    ImportBatch b = em.find(ImportBatch.class, id);
    if (b == null) {
      throw new BusinessException("batch", "导入批次不存在：" + id);
    }
    return b;
  }
}
