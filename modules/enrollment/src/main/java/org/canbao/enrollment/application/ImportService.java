package org.canbao.enrollment.application;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportFacade;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.ImportView;
import org.canbao.enrollment.domain.ImportBatch;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.TableFiles;
import org.canbao.kernel.api.TableReader;
import org.canbao.kernel.api.UploadFolders;
import org.canbao.subsidies.api.CategoryView;

/**
 * Starts and follows name-list imports. Jobs are started outside any transaction, after the batch
 * they work on has been committed, so the job always finds it.
 */
@Stateless
@Requires(Permission.USE_IMPORTS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportService implements ImportFacade {
  static final String CHECK_JOB = "canbao-name-list-check";
  static final String COMMIT_JOB = "canbao-name-list-commit";
  static final long MAX_BYTES = 300L * 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

  @Inject CurrentCaller caller;
  @Inject ImportWork work;
  @Inject ImportFailures failures;
  @Inject ImportBatches batches;
  @Inject TableFiles tables;

  /** Below their minimum free space, uploads are refused (as /health/ready says). */
  @Inject UploadFolders folders;

  @Override
  public ImportView start(
      ImportKind kind, String fileName, InputStream content, String categoryCode, Integer year) {
    Caller c = caller.get();
    if (kind == null) {
      throw new BusinessException("kind", "请选择名单类型");
    }
    ImportRights.requireUpload(c, kind);
    String department = ImportRights.departmentOf(c);
    if (kind == ImportKind.PAYMENT_LIST && (year == null || year < 2000 || year > 2100)) {
      throw new BusinessException("year", "请填写缴费名单的参保年度（如 2024）");
    }
    Integer insuranceYear = kind == ImportKind.PAYMENT_LIST ? year : null;
    Stored stored = store(fileName, content);
    try {
      NameListRules rules = work.rules(kind, c.scope().regionId(), blank(categoryCode), department);
      if (insuranceYear != null) {
        work.requirePolicy(c.scope().regionId(), insuranceYear);
      }
      if (kind == ImportKind.IDENTITY_LIST && blank(categoryCode) != null) {
        CategoryView category =
            batches
                .category(categoryCode)
                .orElseThrow(() -> new BusinessException("category", "未知的身份类别：" + categoryCode));
        ImportRights.requireCertifies(department, category.name(), category.certifyingDepartment());
      }
      try (TableReader reader = tables.open(fileName, stored.path(), 2_000_000)) {
        List<String> missing = rules.missingColumns(reader);
        if (!missing.isEmpty()) {
          throw new BusinessException(
              "file",
              "表头不正确，缺少列："
                  + String.join("、", missing)
                  + "（现有列："
                  + String.join("、", reader.headers())
                  + "）");
        }
      }
    } catch (BusinessException e) {
      delete(stored.path());
      throw e;
    } catch (RuntimeException e) {
      // binary content under a .csv name and the like: a clear refusal, and nothing kept
      delete(stored.path());
      throw new BusinessException("file", "无法读取文件内容，请确认是 Excel（.xlsx）或 CSV 文件：" + fileName);
    }
    // a CSV's data rows are about its lines after the header; an XLSX is counted by the job
    int expectedRows = stored.csv() ? (int) Math.max(0, stored.lines() - 1) : 0;
    long id =
        batches.create(
            kind,
            fileName,
            stored.path(),
            stored.sha256(),
            blank(categoryCode),
            insuranceYear,
            expectedRows,
            c,
            department);
    launch(id, CHECK_JOB);
    return batches.view(id, c);
  }

  @Override
  public List<ImportKind> uploadableKinds() {
    Caller c = caller.get();
    return Arrays.stream(ImportKind.values()).filter(k -> ImportRights.mayUpload(c, k)).toList();
  }

  @Override
  public List<String> uploadableCategories() {
    String department = ImportRights.departmentOf(caller.get());
    return batches.categories().stream()
        .filter(cat -> ImportRights.certifies(department, cat.certifyingDepartment()))
        .map(CategoryView::code)
        .toList();
  }

  @Override
  public ImportView get(long batchId) {
    return batches.view(batchId, caller.get());
  }

  @Override
  public List<ImportView> history(int max) {
    return batches.history(caller.get(), max);
  }

  @Override
  public List<ImportError> errors(long batchId, int max) {
    return batches.errors(batchId, caller.get(), max);
  }

  @Override
  public List<ImportNote> notes(long batchId, int max) {
    return batches.notes(batchId, caller.get(), max);
  }

  @Override
  public ImportView commit(long batchId) {
    Caller c = caller.get();
    batches.startCommit(batchId, c);
    launch(batchId, COMMIT_JOB);
    return batches.view(batchId, c);
  }

  @Override
  public ImportView restart(long batchId) {
    Caller c = caller.get();
    boolean commit = batches.restart(batchId, c);
    Long execution = batches.executionId(batchId);
    JobOperator jobs = BatchRuntime.getJobOperator();
    try {
      if (execution != null) {
        batches.running(batchId, jobs.restart(execution, params(batchId)));
        return batches.view(batchId, c);
      }
    } catch (NoSuchJobExecutionException
        | JobRestartException
        | JobExecutionAlreadyCompleteException
        | JobExecutionNotMostRecentException e) {
      // the batch runtime cannot resume this execution (e.g. it belonged to the server before a
      // restart): run the job afresh
    }
    launch(batchId, commit ? COMMIT_JOB : CHECK_JOB);
    return batches.view(batchId, c);
  }

  /** Starts the job; if it cannot even start, the batch says so instead of staying 预检中 or 导入中. */
  private void launch(long batchId, String job) {
    long execution;
    try {
      execution = BatchRuntime.getJobOperator().start(job, params(batchId));
    } catch (RuntimeException e) {
      failures.fail(batchId, e);
      throw e;
    }
    batches.running(batchId, execution);
  }

  private static Properties params(long batchId) {
    Properties p = new Properties();
    p.setProperty("batchId", String.valueOf(batchId));
    return p;
  }

  /** An upload as stored: where, its SHA-256, about how many lines it has (CSV). */
  private record Stored(Path path, String sha256, long lines, boolean csv) {}

  /**
   * Stores the upload, hashing it in the same pass; the number of lines (for the progress bar) is
   * estimated from the first megabyte's line length and the size.
   */
  private Stored store(String fileName, InputStream content) {
    if (fileName == null || fileName.isBlank()) {
      throw new BusinessException("file", "请选择文件");
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
      throw new BusinessException("file", "不支持的文件类型，请上传 .xlsx 或 .csv 文件：" + fileName);
    }
    if (fileName.length() > ImportBatch.FILE_NAME_LENGTH) {
      throw new BusinessException(
          "file", "文件名过长（最多" + ImportBatch.FILE_NAME_LENGTH + "个字符），请改短后重新上传");
    }
    Path target = null;
    try {
      Path dir = folders.imports();
      Files.createDirectories(dir);
      if (!folders.hasRoom(dir)) {
        LOG.warning(
            () -> "Upload refused: less than " + folders.minFreeMb() + " MiB free in " + dir);
        throw new BusinessException("file", "服务器存放名单文件的磁盘空间不足，暂不能接收文件，请联系系统管理员");
      }
      target = dir.resolve(UUID.randomUUID() + (lower.endsWith(".xlsx") ? ".xlsx" : ".csv"));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long sampleLines = 0;
      long sampleBytes = 0;
      long total = 0;
      byte last = '\n';
      try (InputStream in = content;
          OutputStream out = Files.newOutputStream(target)) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > MAX_BYTES) {
            out.close();
            Files.deleteIfExists(target);
            throw new BusinessException("file", "文件过大（上限300MB），请分批导入");
          }
          out.write(buf, 0, n);
          sha.update(buf, 0, n);
          last = buf[n - 1];
          if (sampleBytes < (1 << 20)) {
            for (int i = 0; i < n; i++) {
              if (buf[i] == '\n') {
                sampleLines++;
              }
            }
            sampleBytes += n;
          }
        }
      }
      long lines =
          sampleBytes == total
              ? sampleLines + (last == '\n' ? 0 : 1)
              : Math.round((double) sampleLines * total / Math.max(1, sampleBytes));
      return new Stored(
          target, HexFormat.of().formatHex(sha.digest()), lines, lower.endsWith(".csv"));
    } catch (IOException | NoSuchAlgorithmException e) {
      // folder not writable, disk full: nothing of the upload is kept, the operator reads why
      LOG.log(Level.WARNING, "Upload of a name list could not be stored", e);
      if (target != null) {
        delete(target);
      }
      throw new BusinessException("file", "服务器无法保存上传的文件（存放名单文件的文件夹不可写或磁盘已满），未接收任何数据，请联系系统管理员");
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a left-over temporary file is harmless
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
