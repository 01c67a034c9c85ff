package org.canbao.web.enrollment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.EnrollmentFacade;
import org.canbao.enrollment.api.EnrollmentView;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.IdentityDraft;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.enrollment.api.PaymentDraft;
import org.canbao.enrollment.api.PersonDetail;
import org.canbao.enrollment.api.PersonDraft;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.web.faces.Pages;

/** One person: identities, villages over time, change history; status and identities by hand. */
@Named
@ViewScoped
public class PersonPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonFacade persons;
  @Inject CategoryFacade categories;
  @Inject EnrollmentFacade enrollments;

  private List<EnrollmentView> records = List.of();
  private int payYear = 2023;
  private InsuredType payType = InsuredType.RESIDENT;
  private Tier payTier = Tier.TIER_1;
  private LocalDate payDate;
  private PaymentChannel payChannel = PaymentChannel.WECHAT;
  private String reverseReason;

  public void registerPayment() {
    var r =
        enrollments.registerPayment(
            new PaymentDraft(id, payYear, payType, payTier, payDate, payChannel, false, false));
    Pages.info(
        "已登记缴费：资助"
            + r.subsidy()
            + "元，个人缴纳"
            + r.individual()
            + "元，待遇"
            + r.benefitStart()
            + "至"
            + r.benefitEnd());
    r.notes().forEach(Pages::info);
    load();
  }

  private int guardianYear = 2023;
  private String guardianIdNumber;

  /** A newborn of the year follows its guardian, who paid that year; the facade checks the rest. */
  public void recordFollowingGuardian() {
    var r = enrollments.recordFollowingGuardian(id, guardianYear, guardianIdNumber);
    Pages.info("已登记" + r.basis() + "，待遇" + r.benefitStart() + "至" + r.benefitEnd());
    guardianIdNumber = null;
    load();
  }

  public int getGuardianYear() {
    return guardianYear;
  }

  public void setGuardianYear(int v) {
    this.guardianYear = v;
  }

  public String getGuardianIdNumber() {
    return guardianIdNumber;
  }

  public void setGuardianIdNumber(String v) {
    this.guardianIdNumber = v;
  }

  private String revealed;

  /**
   * Shows the full ID number (for roles that work with individuals); the facade records who did.
   */
  public void revealIdNumber() {
    revealed = persons.revealIdNumber(id);
  }

  public String getRevealed() {
    return revealed;
  }

  /** The ID number as shown: masked until revealed. */
  public String getShownIdNumber() {
    return revealed != null ? revealed : detail == null ? "" : detail.person().maskedId();
  }

  public void reverse(EnrollmentView r) {
    enrollments.reverse(r.id(), reverseReason);
    Pages.info("已冲销，可重新登记");
    reverseReason = null;
    load();
  }

  private EnrollmentView stopping;
  private LocalDate stoppedOn;
  private String stopReason;

  /** Opens the 停保 dialog for an active employee-insurance record. */
  public void startStop(EnrollmentView r) {
    stopping = r;
    stoppedOn = null;
    stopReason = null;
  }

  /**
   * Employee insurance stopped on the day given, for the reason given; the facade checks the rest.
   */
  public void stop() {
    if (stopping == null) {
      return;
    }
    var r = enrollments.stopEmployeeInsurance(stopping.id(), stoppedOn, stopReason);
    Pages.info(
        r.year()
            + "年度职工医保已登记停保（"
            + r.stoppedOn()
            + "，"
            + r.stopReason()
            + "）；停保后3个月内（至"
            + r.stoppedOn().plusMonths(3)
            + "）参加居民医保不设等待期");
    stopping = null;
    load();
  }

  public EnrollmentView getStopping() {
    return stopping;
  }

  public LocalDate getStoppedOn() {
    return stoppedOn;
  }

  public void setStoppedOn(LocalDate stoppedOn) {
    this.stoppedOn = stoppedOn;
  }

  public String getStopReason() {
    return stopReason;
  }

  public void setStopReason(String stopReason) {
    this.stopReason = stopReason;
  }

  public List<EnrollmentView> getRecords() {
    return records;
  }

  public int getPayYear() {
    return payYear;
  }

  public void setPayYear(int v) {
    this.payYear = v;
  }

  public InsuredType getPayType() {
    return payType;
  }

  public void setPayType(InsuredType v) {
    this.payType = v;
  }

  public Tier getPayTier() {
    return payTier;
  }

  public void setPayTier(Tier v) {
    this.payTier = v;
  }

  public LocalDate getPayDate() {
    return payDate;
  }

  public void setPayDate(LocalDate v) {
    this.payDate = v;
  }

  public PaymentChannel getPayChannel() {
    return payChannel;
  }

  public void setPayChannel(PaymentChannel v) {
    this.payChannel = v;
  }

  public String getReverseReason() {
    return reverseReason;
  }

  public void setReverseReason(String v) {
    this.reverseReason = v;
  }

  public InsuredType[] getInsuredTypes() {
    return InsuredType.values();
  }

  public Tier[] getTiers() {
    return Tier.values();
  }

  public PaymentChannel[] getChannels() {
    return PaymentChannel.values();
  }

  private Long id;
  private PersonDetail detail;
  private PersonStatus status;
  private LocalDate since;
  private String categoryCode;
  private LocalDate validFrom;
  private LocalDate validTo;

  public void load() {
    if (id != null) {
      detail = persons.detail(id);
      records = enrollments.records(id);
      status = detail.person().status();
      name = detail.person().name();
      householdNo = detail.person().householdNo();
      relationToHead = detail.person().relationToHead();
      householdType = detail.person().householdType();
      since = detail.person().statusSince();
    }
  }

  private String name;
  private String householdNo;
  private String relationToHead;
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

  public void correct() {
    persons.correct(
        id,
        new PersonDraft(
            null, name, householdNo, relationToHead, detail.person().villageId(), householdType));
    Pages.info("已更正人员信息");
    load();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHouseholdNo() {
    return householdNo;
  }

  public void setHouseholdNo(String householdNo) {
    this.householdNo = householdNo;
  }

  public String getRelationToHead() {
    return relationToHead;
  }

  public void setRelationToHead(String relationToHead) {
    this.relationToHead = relationToHead;
  }

  public void saveStatus() {
    persons.changeStatus(id, status, since);
    Pages.info("人员状态已更新");
    load();
  }

  public void addIdentity() {
    persons.addIdentity(id, new IdentityDraft(categoryCode, null, validFrom, validTo));
    Pages.info("已添加身份");
    load();
  }

  public PersonStatus[] getStatuses() {
    return PersonStatus.values();
  }

  public List<CategoryView> getCategories() {
    return categories.list(false);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PersonDetail getDetail() {
    return detail;
  }

  public PersonStatus getStatus() {
    return status;
  }

  public void setStatus(PersonStatus status) {
    this.status = status;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }
}
