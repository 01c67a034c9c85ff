package org.canbao.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.canbao.reporting.api.SubsidyLedgerFacade;
import org.canbao.reporting.api.SubsidyLedgerQuery;
import org.canbao.reporting.api.SubsidyLedgerRow;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.FundingSource;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 资助参保台账: the subsidised payments of a year in the caller's area, filtered by category, fund and
 * name or ID number, in pages; the export prints the whole filtered list.
 */
@Named
@ViewScoped
public class SubsidyLedger implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SubsidyLedgerFacade ledger;
  @Inject CategoryFacade categoryFacade;

  private List<Integer> years;
  private int year;
  private String categoryCode;
  private FundingSource fundingSource;
  private String text;
  private BigDecimal total;
  private List<CategoryView> categories;

  @PostConstruct
  void init() {
    years = ledger.years();
    year = years.isEmpty() ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() : years.get(0);
    categories = categoryFacade.list(true);
  }

  private SubsidyLedgerQuery query() {
    return new SubsidyLedgerQuery(year, null, categoryCode, fundingSource, text);
  }

  public void search() {
    total = null;
  }

  private final LazyDataModel<SubsidyLedgerRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) ledger.count(query());
        }

        @Override
        public List<SubsidyLedgerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return ledger.page(query(), first, pageSize);
        }

        @Override
        public String getRowKey(SubsidyLedgerRow r) {
          return String.valueOf(r.recordId());
        }

        @Override
        public SubsidyLedgerRow getRowData(String rowKey) {
          return getWrappedData().stream().filter(r -> String.valueOf(r.recordId()).equals(rowKey)).findFirst().orElse(null);
        }
      };

  public LazyDataModel<SubsidyLedgerRow> getModel() {
    return model;
  }

  /** The sum of the subsidies of the whole filtered list. */
  public BigDecimal getTotal() {
    if (total == null) {
      total = ledger.total(query());
    }
    return total;
  }

  public List<Integer> getYears() {
    return years;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public FundingSource getFundingSource() {
    return fundingSource;
  }

  public void setFundingSource(FundingSource fundingSource) {
    this.fundingSource = fundingSource;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<CategoryView> getCategories() {
    return categories;
  }

  public FundingSource[] getFundingSources() {
    return FundingSource.values();
  }
}
