package org.canbao.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportStatus;
import org.canbao.kernel.api.BusinessException;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One uploaded name list and what became of it: who, when, which file, the counts, the state of its
 * background job. The history of imports; persons and identities point back to it.
 *
 * <p>Several writers share the row while a job runs: the request that started the job records its
 * execution id, the job writes the status and counts, the staging writes the progress. Each writes
 * only the columns it changed ({@code @DynamicUpdate}); with Hibernate's default of writing every
 * column, the request's copy, read before a short commit job finished and written after it, put the
 * batch back to 导入中 for good (issue 9).
 */
@Entity
@Table(schema = "enrollment", name = "import_batch")
@DynamicUpdate
public class ImportBatch {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ImportKind kind;

  public static final int FILE_NAME_LENGTH = 200;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
  private String fileName;

  @Column(name = "stored_path", nullable = false, length = 500)
  private String storedPath;

  @Column(name = "file_sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "category_code", length = 40)
  private String categoryCode;

  /** The insurance year a payment list is for. */
  @Column(name = "insurance_year")
  private Integer insuranceYear;

  @Column(name = "uploaded_by", nullable = false, length = 40)
  private String uploadedBy;

  /**
   * The department a department list provider uploaded for (its categories only); null for
   * officers.
   */
  @Column(name = "uploaded_for_department", length = 100)
  private String uploadedForDepartment;

  @Column(name = "region_id", nullable = false)
  private long regionId;

  @Column(name = "region_path", nullable = false, length = 200)
  private String regionPath;

  @Column(name = "region_name", nullable = false, length = 60)
  private String regionName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportStatus status = ImportStatus.CHECKING;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "processed_rows", nullable = false)
  private int processedRows;

  @Column(name = "new_rows", nullable = false)
  private int newRows;

  @Column(name = "changed_rows", nullable = false)
  private int changedRows;

  @Column(name = "unchanged_rows", nullable = false)
  private int unchangedRows;

  @Column(name = "rejected_rows", nullable = false)
  private int rejectedRows;

  /** Accepted rows that carry a note (提示); they do not block the commit. */
  @Column(name = "noted_rows", nullable = false)
  private int notedRows;

  @Column(name = "execution_id")
  private Long executionId;

  /**
   * The node whose batch runtime runs the job ({@code canbao.node}); its execution id is its own.
   */
  @Column(name = "runner", length = 100)
  private String runner;

  /**
   * Renewed by the runner's node while the job runs ({@code InterruptedImports.beat}); a running
   * batch whose heartbeat is old lost its node.
   */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(length = 500)
  private String message;

  protected ImportBatch() {}

  public ImportBatch(
      ImportKind kind,
      String fileName,
      String storedPath,
      String sha256,
      String categoryCode,
      Integer insuranceYear,
      String uploadedBy,
      long regionId,
      String regionPath,
      String regionName) {
    this.insuranceYear = insuranceYear;
    this.kind = kind;
    this.fileName = fileName;
    this.storedPath = storedPath;
    this.sha256 = sha256;
    this.categoryCode = categoryCode;
    this.uploadedBy = uploadedBy;
    this.regionId = regionId;
    this.regionPath = regionPath;
    this.regionName = regionName;
    this.createdAt = Instant.now();
    this.heartbeatAt = createdAt;
  }

  /**
   * The number of rows the file is expected to hold (for the progress bar); 0 when not known yet.
   */
  public void expect(int rows) {
    this.totalRows = rows;
  }

  public void running(long executionId) {
    running(executionId, null);
  }

  /** The job runs as {@code executionId} of node {@code runner}'s batch runtime. */
  public void running(long executionId, String runner) {
    this.executionId = executionId;
    this.runner = runner;
    this.heartbeatAt = Instant.now();
  }

  /**
   * The batch's next job runs on {@code node}, which from now on answers for it (its heartbeat
   * starts afresh); an execution id of another node's batch runtime means nothing there and is
   * forgotten, this node's own is kept (a failed check resumes from its last checkpoint).
   */
  public void runBy(String node) {
    if (!node.equals(runner)) {
      runner = node;
      executionId = null;
    }
    heartbeatAt = Instant.now();
  }

  /**
   * Whether a job on {@code node} still answers for this batch: it is 预检中 or 导入中, and neither
   * settled as interrupted nor run again by another node since. A job that finds it no longer does
   * stops without writing.
   */
  public boolean runsOn(String node) {
    return status.running() && (runner == null || runner.equals(node));
  }

  public void checked(
      int newRows, int changedRows, int unchangedRows, int rejectedRows, int notedRows) {
    this.notedRows = notedRows;
    this.newRows = newRows;
    this.changedRows = changedRows;
    this.unchangedRows = unchangedRows;
    this.rejectedRows = rejectedRows;
    this.status = ImportStatus.CHECKED;
    this.finishedAt = Instant.now();
    this.message = null;
  }

  /** A commit is only for a checked list without rejected rows: all rows or none. */
  public void startCommit() {
    if (status != ImportStatus.CHECKED) {
      throw new BusinessException("status", "只有预检完成的名单才能导入（当前：" + status.label() + "）");
    }
    if (rejectedRows > 0) {
      throw new BusinessException(
          "status", "名单中有" + rejectedRows + "行错误，请修改后重新上传；导入要么全部成功，要么不写入任何数据");
    }
    status = ImportStatus.COMMITTING;
    message = null;
  }

  public void committed() {
    status = ImportStatus.COMMITTED;
    finishedAt = Instant.now();
  }

  public void failed(String why) {
    status = ImportStatus.FAILED;
    finishedAt = Instant.now();
    message = why == null ? "未知错误" : why.substring(0, Math.min(500, why.length()));
  }

  /** Why a batch's job stopped, when the server it ran on was started again. */
  public static final String SERVER_RESTARTED = "服务器重启";

  /**
   * The job running this batch is gone without a word ({@code why}: the server restarted, or the
   * node running it stopped), and nothing else will move the batch on; a job does not outlive its
   * server (the batch runtime's repository is new at every start). A check starts again from the
   * beginning when asked ({@link #restartAsCommit()}: nothing was counted yet). A commit is one
   * transaction: it either went through before the stop — {@code committedAt}, the time of its
   * revision, is then known and the batch is committed with the counts of its check — or left
   * nothing behind, and the list can be committed again. The execution id and the node are
   * forgotten.
   */
  public void interrupted(String why, Instant committedAt) {
    executionId = null;
    runner = null;
    if (status == ImportStatus.CHECKING) {
      failed(why + "，预检中断，请重新运行");
    } else if (status == ImportStatus.COMMITTING && committedAt != null) {
      status = ImportStatus.COMMITTED;
      finishedAt = committedAt;
      message = null;
    } else if (status == ImportStatus.COMMITTING) {
      status = ImportStatus.CHECKED;
      message = why + "，导入中断，未写入任何数据，可重新确认导入";
    }
  }

  /** A failed job may run again: a failed check checks again, a failed commit commits again. */
  public boolean restartAsCommit() {
    if (status != ImportStatus.FAILED) {
      throw new BusinessException("status", "只有失败的导入可以重新运行");
    }
    boolean commit = newRows + changedRows + unchangedRows + rejectedRows > 0;
    status = commit ? ImportStatus.COMMITTING : ImportStatus.CHECKING;
    message = null;
    finishedAt = null;
    return commit;
  }

  public Long id() {
    return id;
  }

  public ImportKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public String storedPath() {
    return storedPath;
  }

  public String sha256() {
    return sha256;
  }

  public String categoryCode() {
    return categoryCode;
  }

  public Integer insuranceYear() {
    return insuranceYear;
  }

  public void uploadedForDepartment(String department) {
    this.uploadedForDepartment = department;
  }

  public String uploadedForDepartment() {
    return uploadedForDepartment;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public long regionId() {
    return regionId;
  }

  public String regionPath() {
    return regionPath;
  }

  public String regionName() {
    return regionName;
  }

  public ImportStatus status() {
    return status;
  }

  public int totalRows() {
    return totalRows;
  }

  public int processedRows() {
    return processedRows;
  }

  public int newRows() {
    return newRows;
  }

  public int changedRows() {
    return changedRows;
  }

  public int unchangedRows() {
    return unchangedRows;
  }

  public int rejectedRows() {
    return rejectedRows;
  }

  public int notedRows() {
    return notedRows;
  }

  public Long executionId() {
    return executionId;
  }

  public String runner() {
    return runner;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant heartbeatAt() {
    return heartbeatAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String message() {
    return message;
  }
}
