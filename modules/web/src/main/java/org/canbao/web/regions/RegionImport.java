package org.canbao.web.regions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ImportReport;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.web.faces.ErrorListCsv;
import org.canbao.web.faces.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Region import: upload, dry run with counts and row errors, commit, error file download. */
@Named
@ViewScoped
public class RegionImport implements Serializable {
  private static final long serialVersionUID = 1L;
  static final long MAX_BYTES = 10L * 1024 * 1024;

  @Inject RegionFacade regions;

  private String fileName;
  private byte[] content;
  private ImportReport report;

  public void upload(FileUploadEvent event) throws IOException {
    var file = event.getFile();
    if (file.getSize() > MAX_BYTES) {
      throw new BusinessException("file", "文件过大（上限10MB）");
    }
    fileName = file.getFileName();
    content = file.getContent();
    report = null;
    dryRun();
  }

  public void dryRun() {
    requireFile();
    report = regions.importRegions(fileName, new ByteArrayInputStream(content), true);
  }

  public void commit() {
    requireFile();
    report = regions.importRegions(fileName, new ByteArrayInputStream(content), false);
    if (report.committed()) {
      Pages.info(
          "导入完成：新增"
              + report.newRows()
              + "条，更新"
              + report.changedRows()
              + "条，未变"
              + report.unchangedRows()
              + "条");
      content = null;
    } else {
      Pages.error("文件中有" + report.rejectedRows() + "行错误，未导入任何数据，请修改后重新上传");
    }
  }

  private void requireFile() {
    if (content == null) {
      throw new BusinessException("file", "请先上传文件");
    }
  }

  /** The rejected rows as a CSV the user can open in Excel (UTF-8 with BOM). */
  public StreamedContent getErrorFile() {
    // quoted and formula-safe like the name lists' error file (a reason may quote a cell of the
    // upload)
    byte[] bytes =
        ErrorListCsv.of(
            report == null
                ? List.of()
                : report.errors().stream()
                    .map(e -> new ErrorListCsv.Line(e.row(), e.column(), e.reason()))
                    .toList());
    return DefaultStreamedContent.builder()
        .name("导入错误-" + (fileName == null ? "regions" : fileName) + ".csv")
        .contentType("text/csv;charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public boolean isCanCommit() {
    return content != null && report != null && !report.committed() && report.errors().isEmpty();
  }

  public String getFileName() {
    return fileName;
  }

  public ImportReport getReport() {
    return report;
  }
}
