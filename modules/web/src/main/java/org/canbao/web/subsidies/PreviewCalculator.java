package org.canbao.web.subsidies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteFacade;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/** Pick identities, tier, insured type and date: see the full breakdown and which rule won. */
@Named
@ViewScoped
public class PreviewCalculator implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject QuoteFacade quotes;
  @Inject CategoryFacade categories;

  /**
   * Mutable: JSF makes a new instance of the bound list's class when it converts the checked boxes.
   */
  private List<String> selectedCategories = new ArrayList<>();

  private InsuredType insuredType = InsuredType.RESIDENT;
  private Tier tier = Tier.TIER_1;
  private LocalDate paymentDate = LocalDate.of(2022, 11, 15);
  private int year = 2023;
  private String districtCode;
  private LocalDate birthDate;
  private boolean lapsed;
  private HouseholdType householdType;

  public HouseholdType getHouseholdType() {
    return householdType;
  }

  public void setHouseholdType(HouseholdType householdType) {
    this.householdType = householdType;
  }

  public HouseholdType[] getHouseholdTypes() {
    return HouseholdType.values();
  }

  private Quote quote;

  /** A refused or failed calculation never leaves the previous result on screen. */
  public void calculate() {
    quote = null;
    quote =
        quotes.quote(
            new QuoteRequest(
                null,
                districtCode == null || districtCode.isBlank() ? null : districtCode.strip(),
                new HashSet<>(selectedCategories),
                year,
                insuredType,
                tier,
                paymentDate,
                birthDate,
                lapsed,
                false,
                householdType));
  }

  public List<CategoryView> getCategories() {
    return categories.list(false);
  }

  public InsuredType[] getInsuredTypes() {
    return InsuredType.values();
  }

  public Tier[] getTiers() {
    return Tier.values();
  }

  public List<String> getSelectedCategories() {
    return selectedCategories;
  }

  public void setSelectedCategories(List<String> v) {
    this.selectedCategories = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public InsuredType getInsuredType() {
    return insuredType;
  }

  public void setInsuredType(InsuredType v) {
    this.insuredType = v;
  }

  public Tier getTier() {
    return tier;
  }

  public void setTier(Tier v) {
    this.tier = v;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public void setPaymentDate(LocalDate v) {
    this.paymentDate = v;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int v) {
    this.year = v;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String v) {
    this.districtCode = v;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate v) {
    this.birthDate = v;
  }

  public boolean isLapsed() {
    return lapsed;
  }

  public void setLapsed(boolean v) {
    this.lapsed = v;
  }

  public Quote getQuote() {
    return quote;
  }
}
