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
import org.canbao.kernel.api.FundingSource;
import org.canbao.reporting.api.SubsidyLedgerFacade;
import org.canbao.reporting.api.SubsidyLedgerQuery;
import org.canbao.reporting.api.SubsidyLedgerRow;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.web.faces.FacadePages;
import org.primefaces.model.LazyDataModel;

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
      new FacadePages<>(
          () -> ledger.count(query()),
          (first, max, field, desc) ->
              ledger.page(query().sorted(FacadePages.column(ORDERS, field), desc), first, max),
          SubsidyLedgerRow::recordId);

  /** The columns of the page (their sortBy) and the facade's orders. */
  private static final Map<String, SubsidyLedgerQuery.Order> ORDERS =
      Map.ofEntries(
          Map.entry("townshipName()", SubsidyLedgerQuery.Order.VILLAGE),
          Map.entry("villageName()", SubsidyLedgerQuery.Order.VILLAGE),
          Map.entry("name()", SubsidyLedgerQuery.Order.NAME),
          Map.entry("idNumber()", SubsidyLedgerQuery.Order.ID_NUMBER),
          Map.entry("categoryName()", SubsidyLedgerQuery.Order.CATEGORY),
          Map.entry("tier()", SubsidyLedgerQuery.Order.TIER),
          Map.entry("paymentDate()", SubsidyLedgerQuery.Order.PAYMENT_DATE),
          Map.entry("contribution()", SubsidyLedgerQuery.Order.CONTRIBUTION),
          Map.entry("subsidy()", SubsidyLedgerQuery.Order.SUBSIDY),
          Map.entry("individual()", SubsidyLedgerQuery.Order.INDIVIDUAL),
          Map.entry("fundingSource().label()", SubsidyLedgerQuery.Order.FUNDING_SOURCE),
          Map.entry("fundingDepartment()", SubsidyLedgerQuery.Order.FUNDING_DEPARTMENT));

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
