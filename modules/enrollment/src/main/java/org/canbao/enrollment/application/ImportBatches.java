package org.canbao.enrollment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.ImportView;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.ScheduledRuns;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/**
 * Import batches in their own short transactions, with the rule of who sees which: department list
 * providers their own uploads; everyone else the uploads of their area.
 */
@Stateless
@PermitAll
public class ImportBatches {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject ImportStaging store;
  @Inject CategoryFacade categories;
  @Inject ScheduledRuns runs;

  public long create(
      ImportKind kind,
      String fileName,
      Path stored,
      String sha,
      String categoryCode,
      Integer year,
      int expectedRows,
      Caller c,
      String department) {
    ImportBatch b =
        new ImportBatch(
            kind,
            fileName,
            stored.toString(),
            sha,
            categoryCode,
            year,
            c.username(),
            c.scope().regionId(),
            c.scope().regionPath(),
            c.scope().regionName());
    b.expect(expectedRows);
    b.uploadedForDepartment(department);
    b.runBy(runs.node());
    em.persist(b);
    em.flush();
    return b.id();
  }

  public Optional<CategoryView> category(String code) {
    return categories.find(code);
  }

  public List<CategoryView> categories() {
    return categories.list(false);
  }

  /** The batch's job runs as {@code executionId} of this node's batch runtime. */
  public void running(long id, long executionId) {
    em.find(ImportBatch.class, id).running(executionId, runs.node());
  }

  /**
   * The batch's last execution when this node ran it; null otherwise: an execution id of another
   * node's batch runtime may name an unrelated execution here.
   */
  public Long executionId(long id) {
    ImportBatch b = em.find(ImportBatch.class, id);
    return runs.node().equals(b.runner()) ? b.executionId() : null;
  }

  /**
   * Committing writes to the registry as uploading would: the caller must hold the right to upload
   * the batch's kind now (ImportRights, the same rule as at the upload), not only see the batch.
   * The job runs on this node, which answers for the batch from now on.
   */
  public void startCommit(long id, Caller c) {
    ImportBatch b = mayWrite(load(id, c), c);
    b.startCommit();
    b.runBy(runs.node());
  }

  /** A failed job runs again on this node; true when it is the commit. */
  public boolean restart(long id, Caller c) {
    ImportBatch b = mayWrite(load(id, c), c);
    boolean commit = b.restartAsCommit();
    b.runBy(runs.node());
    return commit;
  }

  private static ImportBatch mayWrite(ImportBatch b, Caller c) {
    ImportRights.requireUpload(c, b.kind());
    return b;
  }

  public ImportView view(long id, Caller c) {
    return view(load(id, c));
  }

  public List<ImportView> history(Caller c, int max) {
    boolean own =
        c.has(Role.DEPARTMENT_PROVIDER) && !c.hasAny(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN);
    var query =
        em.createQuery(
                "select b from ImportBatch b where b.regionPath like :scope"
                    + (own ? " and b.uploadedBy = :me" : "")
                    + " order by b.id desc",
                ImportBatch.class)
            .setParameter("scope", c.scope().likePattern());
    if (own) {
      query.setParameter("me", c.username());
    }
    return query.setMaxResults(max).getResultList().stream().map(ImportBatches::view).toList();
  }

  public List<ImportError> errors(long id, Caller c, int max) {
    load(id, c);
    return store.errors(id, max);
  }

  public List<ImportNote> notes(long id, Caller c, int max) {
    load(id, c);
    return store.notes(id, max);
  }

  private ImportBatch load(long id, Caller c) {
    ImportBatch b = em.find(ImportBatch.class, id);
    if (b == null) {
      throw new NotFoundException("导入批次不存在：" + id);
    }
    c.scope().check(b.regionPath());
    if (c.has(Role.DEPARTMENT_PROVIDER)
        && !c.hasAny(Role.SYSTEM_ADMIN, Role.DISTRICT_ADMIN)
        && !b.uploadedBy().equals(c.username())) {
      throw new AccessDeniedException("无权访问：只能查看本人上传的名单");
    }
    return b;
  }

  static ImportView view(ImportBatch b) {
    return new ImportView(
        b.id(),
        b.kind(),
        b.fileName(),
        b.categoryCode(),
        b.insuranceYear(),
        b.uploadedBy(),
        b.regionName(),
        b.status(),
        b.totalRows(),
        b.processedRows(),
        b.newRows(),
        b.changedRows(),
        b.unchangedRows(),
        b.rejectedRows(),
        b.notedRows(),
        b.createdAt(),
        b.finishedAt(),
        b.message());
  }
}
