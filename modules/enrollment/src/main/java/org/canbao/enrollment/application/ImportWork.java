package org.canbao.enrollment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.enrollment.domain.StagedRow;
import org.canbao.enrollment.infrastructure.StagingStore;
import org.canbao.enrollment.infrastructure.StagingStore.Existing;
import org.canbao.enrollment.infrastructure.StagingStore.ExistingIdentity;
import org.canbao.enrollment.infrastructure.StagingStore.Outcome;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

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

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @jakarta.annotation.Resource jakarta.ejb.SessionContext session;

  @Inject StagingStore store;
  @Inject RegionDirectory regions;
  @Inject CategoryFacade categories;

  /** What a job needs to know about its batch. */
  public record Context(long batchId, ImportKind kind, String fileName, Path file, String regionPath, NameListRules rules) {}

  public Context context(long batchId) {
    ImportBatch b = batch(batchId);
    return new Context(batchId, b.kind(), b.fileName(), Path.of(b.storedPath()), b.regionPath(), rules(b.kind(), b.regionId(), b.categoryCode()));
  }

  public NameListRules rules(ImportKind kind, long regionId, String categoryCode) {
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
    return new NameListRules(kind, area, self::resolveChild, byKey, fileCategory, LocalDate.now(CHINA));
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

  /**
   * Stages a chunk: each accepted row gets its outcome against the registry, or a row error. After a
   * restart ({@code rerun}) the chunk first replaces whatever the interrupted run staged for its rows.
   */
  public void stage(Context ctx, List<StagedRow> rows, boolean rerun) {
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
      } else {
        accepted.add(r);
      }
    }
    Set<String> ids = accepted.stream().map(StagedRow::idNumber).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> seen = new HashSet<>(store.alreadyStaged(ctx.batchId(), ids));
    Map<String, Existing> persons = store.persons(ids);
    Map<String, ExistingIdentity> identities = new HashMap<>();
    if (ctx.kind() == ImportKind.IDENTITY_LIST) {
      for (ExistingIdentity i : store.identities(persons.values().stream().map(Existing::id).toList())) {
        identities.put(i.personId() + "|" + i.categoryCode() + "|" + i.validFrom(), i);
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (StagedRow r : accepted) {
      String key = StagingStore.key(r.idNumber(), r.categoryCode());
      if (!seen.add(key)) {
        errors.add(new ImportError(r.rowNo(), "身份证号", "同一人在文件中重复出现"));
        continue;
      }
      Existing p = persons.get(r.idNumber());
      Outcome o = ctx.kind() == ImportKind.HOUSEHOLD_REGISTER ? household(r, p) : identity(ctx, r, p, identities, errors);
      if (o != null) {
        outcomes.add(o);
      }
    }
    store.stage(ctx.batchId(), outcomes, errors);
  }

  private static Outcome household(StagedRow r, Existing p) {
    if (p == null) {
      return new Outcome(r, "NEW", null, null);
    }
    boolean same = r.name().equals(p.name())
        && java.util.Objects.equals(r.householdNo(), p.householdNo())
        && java.util.Objects.equals(r.relationToHead(), p.relation())
        && r.villageId() == p.villageId();
    return new Outcome(r, same ? "UNCHANGED" : "CHANGED", p.id(), null);
  }

  private static Outcome identity(Context ctx, StagedRow r, Existing p, Map<String, ExistingIdentity> identities, List<ImportError> errors) {
    if (p == null) {
      errors.add(new ImportError(r.rowNo(), "身份证号", "户籍登记中没有此人，请先导入户籍名单或登记人员"));
      return null;
    }
    if (!p.villagePath().startsWith(ctx.regionPath())) {
      errors.add(new ImportError(r.rowNo(), "身份证号", "此人的户籍不在您的管辖范围内"));
      return null;
    }
    if (!p.name().equals(r.name())) {
      errors.add(new ImportError(r.rowNo(), "姓名", "姓名与户籍登记不一致（登记为" + p.name() + "）"));
      return null;
    }
    ExistingIdentity i = identities.get(p.id() + "|" + r.categoryCode() + "|" + r.validFrom());
    if (i == null) {
      return new Outcome(r, "NEW", p.id(), null);
    }
    return new Outcome(r, java.util.Objects.equals(i.validTo(), r.validTo()) ? "UNCHANGED" : "CHANGED", p.id(), i.id());
  }

  public void summarise(long batchId) {
    Map<String, Integer> c = store.counts(batchId);
    batch(batchId).checked(c.getOrDefault("NEW", 0), c.getOrDefault("CHANGED", 0), c.getOrDefault("UNCHANGED", 0), c.getOrDefault("REJECTED", 0));
  }

  /** Writes the batch to the registry in its own transaction: every row or none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void apply(long batchId) {
    ImportBatch b = batch(batchId);
    if (b.kind() == ImportKind.HOUSEHOLD_REGISTER) {
      store.applyHouseholds(batchId, LocalDate.now(CHINA), b.uploadedBy());
    } else {
      store.applyIdentities(batchId, b.uploadedBy());
    }
    b.committed();
    LOG.info(() -> "Import " + batchId + " committed: " + b.newRows() + " new, " + b.changedRows() + " changed");
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long batchId, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && !(root instanceof BusinessException)) {
      root = root.getCause();
    }
    String message = root instanceof BusinessException ? root.getMessage() : "处理失败，未写入任何数据：" + root.getMessage();
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
