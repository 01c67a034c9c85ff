package org.canbao.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.UserFacade;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * What an export says about itself: the title the page gives it (set by {@code cb:export} before
 * the exporter runs), who issued it and when.
 */
@Named
@RequestScoped
public class Exports {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject CurrentCaller caller;
  @Inject UserFacade users;

  private String title = "";
  private boolean printable;

  public boolean isPrintable() {
    return printable;
  }

  /**
   * Set by an export button of a ledger ({@code cb:export printable="true"}) before its exporter
   * runs: the Excel file then opens with the title and the issuing line above the table and prints
   * on A4 landscape, one page wide, the header repeated on every page.
   */
  public void setPrintable(boolean printable) {
    this.printable = printable;
  }

  public String getTitle() {
    return title;
  }

  /**
   * Set by the export button just before its exporter runs: the moment to put Canbao's exporters in
   * place.
   */
  public void setTitle(String title) {
    this.title = title == null ? "" : title;
    registerExporters();
  }

  private static volatile boolean registered;

  /**
   * Canbao's exporters in place of PrimeFaces' own for xlsxstream and pdf. Done on the first
   * export: PrimeFaces' application context cannot be created while the application starts.
   */
  static void registerExporters() {
    if (!registered) {
      DataExporters.register(DataTable.class, CanbaoExcelExporter.class, "xlsxstream");
      DataExporters.register(DataTable.class, CanbaoPdfExporter.class, "pdf");
      registered = true;
    }
  }

  /** "制表单位：永川区医疗保障局　制表日期：2026-12-02". */
  public String issuedLine() {
    String office = users.me().organisation();
    if (office == null || office.isBlank()) {
      office = caller.get().scope().regionName();
    }
    return "制表单位："
        + office
        + "　制表人："
        + caller.get().displayName()
        + "　制表日期："
        + LocalDate.now(CHINA);
  }
}
