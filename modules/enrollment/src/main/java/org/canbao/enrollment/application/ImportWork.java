package org.canbao.enrollment.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.application.ImportStaging.Outcome;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.SeenInFile;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.ScheduledRuns;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.Pricing;

/**
 * The steps of the import jobs, each in a transaction: build a batch's rules, stage a chunk of
 * checked rows with their outcome against the registry, summarise, apply all-or-nothing. Called by
 * the Jakarta Batch artifacts, which run without a signed-in user: the area was fixed when the
 * batch was created from the uploader's account. A job goes on only while its batch is still its
 * own ({@link ImportBatch#runsOn} this node): one settled as interrupted meanwhile (its heartbeat
 * had stopped, InterruptedImports) or run again elsewhere is left as it is, and a commit that finds
 * so at its end is rolled back.
 */
@Stateless
@PermitAll
// Each step in its own transaction, apart from Jakarta Batch's chunk transaction: the batch
// runtime's
// job repository is a second, non-XA resource. Staging a chunk is idempotent (a re-run replaces the
// chunk's rows), so a restart from the last checkpoint never stages a row twice.
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWork {
  private static final Logger LOG = Logger.getLogger(ImportWork.class.getName());
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Resource SessionContext session;

  /**
   * A commit writing at least this many rows refreshes the planner's statistics of the registry:
   * the first lists into an empty registry would otherwise be counted with plans made for empty
   * tables until autovacuum comes by (see RegistryStatistics in the infrastructure).
   */
  static final int ANALYSE_FROM = 1_000;

  @Inject ImportStaging store;
  @Inject ListKinds lists;
  @Inject RegionDirectory regions;
  @Inject CategoryFacade categories;
  @Inject PolicyFacade policies;
  @Inject Event<EnrollmentChanged> changes;
  @Inject ScheduledRuns runs;

  /**
   * What a job needs to know about its batch; {@code districts} remembers the district of each
   * village path met (payment lists are priced by the district's policy), {@code closedYears} the
   * closed years (年度锁定) of each.
   */
  public record Context(
      long batchId,
      ImportKind kind,
      String fileName,
      Path file,
      String regionPath,
      Integer year,
      int expectedRows,
      NameListRules rules,
      Map<String, String> districts,
      Map<String, CategoryView> categories,
      Map<String, Set<Integer>> closedYears) {

    /**
     * The years closed for people registered at {@code villagePath}, asked of {@code closed} once
     * per village in a job.
     */
    Set<Integer> closedFor(String villagePath, ClosedYears closed) {
      return closedYears.computeIfAbsent(villagePath, closed::closedFor);
    }
  }

  public Context context(long batchId) {
    ImportBatch b = batch(batchId);
    return new Context(
        batchId,
        b.kind(),
        b.fileName(),
        Path.of(b.storedPath()),
        b.regionPath(),
        b.insuranceYear(),
        b.totalRows(),
        rules(b.kind(), b.regionId(), b.categoryCode(), b.uploadedForDepartment()),
        new HashMap<>(),
        categories.list(true).stream().collect(Collectors.toMap(CategoryView::code, c -> c)),
        new HashMap<>());
  }

  /** Refuses a payment list for a year without a published policy before anything is stored. */
  public void requirePolicy(long regionId, int year) {
    RegionRef area = regions.find(regionId).orElseThrow();
    String district = QuoteService.districtOf(regions, area.path());
    policies.price(
        new Pricing.Request(
            district,
            year,
            Set.of(),
            InsuredType.RESIDENT,
            Tier.TIER_1,
            LocalDate.of(year, 1, 1),
            false));
  }

  /**
   * The row rules of a list; {@code department}: the department a provider uploads for (null: any
   * category).
   */
  public NameListRules rules(
      ImportKind kind, long regionId, String categoryCode, String department) {
    RegionRef area = regions.find(regionId).orElseThrow();
    Map<String, NameListRules.Category> byKey = new HashMap<>();
    for (CategoryView c : categories.list(false)) {
      NameListRules.Category cat = new NameListRules.Category(c.code(), c.certifyingDepartment());
      byKey.put(c.code(), cat);
      byKey.put(c.name(), cat);
    }
    NameListRules.Category fileCategory = categoryCode == null ? null : byKey.get(categoryCode);
    // look-ups go through this bean so that, called from a batch chunk, they run in their own
    // transaction
    ImportWork self = session.getBusinessObject(ImportWork.class);
    return new NameListRules(
            lists.of(kind),
            area,
            self::resolveChild,
            byKey,
            fileCategory,
            regions.issuingRegions(),
            LocalDate.now(CHINA))
        .forDepartment(department);
  }

  public Optional<RegionRef> resolveChild(Long parentId, String name) {
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
    return store.stagedBefore(ctx.batchId(), row, lists.of(ctx.kind()).repeatsPerCategory());
  }

  /**
   * Stages a chunk: each accepted row gets its outcome against the registry, or a row error; a key
   * the list named before ({@code seen}, kept by the job across chunks) is a row error. After a
   * restart ({@code rerun}) the chunk first replaces whatever the interrupted run staged for its
   * rows.
   */
  public void stage(Context ctx, List<StagedRow> rows, SeenInFile seen, boolean rerun) {
    if (rows.isEmpty()) {
      return;
    }
    own(batch(ctx.batchId()));
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
    Set<String> ids =
        accepted.stream()
            .map(StagedRow::idNumber)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    ListKind list = lists.of(ctx.kind());
    List<Outcome> outcomes = list.outcomes(ctx, accepted, store.persons(ids), errors);
    List<Object[]> staged = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      staged.add(list.staged(ctx.batchId(), o));
    }
    int processed =
        outcomes.size() + (int) errors.stream().mapToInt(ImportError::row).distinct().count();
    store.stage(ctx.batchId(), list.stagingColumns(), staged, errors, processed);
  }

  public void summarise(long batchId) {
    store.analyse();
    ImportStaging.Counts c = store.counts(batchId);
    ownLocked(batchId)
        .checked(
            c.of(RowOutcome.NEW),
            c.of(RowOutcome.CHANGED),
            c.of(RowOutcome.UNCHANGED),
            c.rejected(),
            c.noted());
  }

  /** Writes the batch to the registry in its own transaction: every row or none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void apply(long batchId) {
    ImportBatch b = own(batch(batchId));
    int staged = store.stagedRows(batchId);
    if (staged != b.newRows() + b.changedRows() + b.unchangedRows()) {
      // staging tables are unlogged on PostgreSQL: a database crash after the check empties them
      throw new BusinessException("batch", "检查结果已不完整（数据库曾重启），未写入任何数据，请重新检查该文件后再提交");
    }
    // read before the rows are written: a moved person's old village is still on the person
    ListKind list = lists.of(b.kind());
    Set<Long> villages =
        list.change() == null ? Set.of() : store.ids(list.changedVillages(), batchId);
    String note =
        ImportStaging.revisionNote(batchId)
            + b.kind().label()
            + " "
            + b.fileName()
            + "：新增 "
            + b.newRows()
            + "，变更 "
            + b.changedRows();
    LocalDate today = LocalDate.now(CHINA);
    store.commit(sql -> list.commit(b, sql, note, today));
    if (b.newRows() + b.changedRows() >= ANALYSE_FROM) {
      store.analyseRegistry();
    }
    // settled as interrupted while the rows were written (the heartbeat had stopped): roll back
    ownLocked(batchId).committed();
    if (!villages.isEmpty()) {
      // in this method's own transaction (REQUIRES_NEW): observers after success hear of it once it
      // is committed
      changes.fire(
          new EnrollmentChanged(list.change(), b.insuranceYear(), Set.copyOf(villages), batchId));
    }
    LOG.info(
        () ->
            "Import "
                + batchId
                + " committed: "
                + b.newRows()
                + " new, "
                + b.changedRows()
                + " changed");
  }

  /** The batch, if a job of this node still answers for it; else the job stops here. */
  private ImportBatch own(ImportBatch b) {
    if (!b.runsOn(runs.node())) {
      throw new BusinessException(
          "batch", "导入批次 " + b.id() + " 已被标记为中断或由其他节点重新运行，本节点的处理已停止，未写入任何数据");
    }
    return b;
  }

  /**
   * {@link #own}, read again under a row lock held to the end of the transaction: settling it as
   * interrupted waits for this transaction, and this transaction sees a settlement made before.
   */
  private ImportBatch ownLocked(long batchId) {
    ImportBatch b = batch(batchId);
    em.refresh(b, LockModeType.PESSIMISTIC_WRITE);
    return own(b);
  }

  private ImportBatch batch(long id) {
    ImportBatch b = em.find(ImportBatch.class, id);
    if (b == null) {
      throw new BusinessException("batch", "导入批次不存在：" + id);
    }
    return b;
  }
}
