package org.canbao.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportFacade;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.ImportView;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.web.faces.ErrorListCsv;
import org.canbao.web.faces.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Upload a name list, watch its background check (progress bar), read counts, row errors and notes,
 * download the error file, commit; and the history of imports. The batch id is in the URL ({@code
 * ?batch=}), so a reload or a later visit shows the same import.
 */
@Named
@ViewScoped
public class NameListImport implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Inject ImportFacade imports;
  @Inject CategoryFacade categories;

  private ImportKind kind;
  private List<ImportKind> kinds;
  private List<CategoryView> uploadableCategories;
  private String categoryCode;
  private Integer year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private Long batchId;
  private ImportView current;
  private List<ImportError> errors = List.of();
  private List<ImportNote> notes = List.of();
  private List<ImportView> history;

  @PostConstruct
  void init() {
    history = imports.history(100);
    kinds = imports.uploadableKinds();
    kind = kinds.isEmpty() ? null : kinds.get(0);
  }

  /** Called from the view parameter: show an import opened by URL. */
  public void open() {
    if (batchId != null) {
      refresh();
    }
  }

  public void upload(FileUploadEvent event) throws IOException {
    current =
        imports.start(
            kind,
            event.getFile().getFileName(),
            event.getFile().getInputStream(),
            categoryCode,
            year);
    batchId = current.id();
    errors = List.of();
    notes = List.of();
    history = imports.history(100);
    Pages.info("已上传“" + current.fileName() + "”，正在后台预检");
  }

  public void refresh() {
    current = imports.get(batchId);
    if (!current.status().running()) {
      errors = imports.errors(batchId, 500);
      notes = imports.notes(batchId, 500);
      reloadHistory();
    }
  }

  public void commit() {
    current = imports.commit(batchId);
    reloadHistory();
    Pages.info("正在导入，完成后显示结果");
  }

  public void restart() {
    current = imports.restart(batchId);
    reloadHistory();
  }

  /**
   * The history shows each batch as it is now: read again when a job starts or ends, and sent along
   * with the answer to the poll or button that saw it (they update only the result).
   */
  private void reloadHistory() {
    history = imports.history(100);
    if (PrimeFaces.current().isAjaxRequest()) {
      PrimeFaces.current().ajax().update("historyForm");
    }
  }

  public void show(ImportView v) {
    batchId = v.id();
    refresh();
  }

  public StreamedContent getErrorFile() {
    byte[] bytes =
        ErrorListCsv.of(
            imports.errors(batchId, 1_000_000).stream()
                .map(e -> new ErrorListCsv.Line(e.row(), e.column(), e.reason()))
                .toList());
    return DefaultStreamedContent.builder()
        .name("导入错误-批次" + batchId + ".csv")
        .contentType("text/csv;charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  public boolean isRunning() {
    return current != null && current.status().running();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** The list kinds the caller may upload, in the order of the menu of kinds. */
  public List<ImportKind> getKinds() {
    return kinds;
  }

  /** The categories the caller may upload lists of (a department provider: its department's). */
  public List<CategoryView> getCategories() {
    if (uploadableCategories == null) {
      List<String> codes = imports.uploadableCategories();
      uploadableCategories =
          categories.list(false).stream().filter(c -> codes.contains(c.code())).toList();
    }
    return uploadableCategories;
  }

  public ImportKind getKind() {
    return kind;
  }

  public void setKind(ImportKind kind) {
    this.kind = kind;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public Long getBatchId() {
    return batchId;
  }

  public void setBatchId(Long batchId) {
    this.batchId = batchId;
  }

  public ImportView getCurrent() {
    return current;
  }

  public List<ImportError> getErrors() {
    return errors;
  }

  public List<ImportNote> getNotes() {
    return notes;
  }

  public List<ImportView> getHistory() {
    return history;
  }
}
