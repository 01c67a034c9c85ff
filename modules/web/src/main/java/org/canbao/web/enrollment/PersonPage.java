package org.canbao.web.enrollment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.IdentityDraft;
import org.canbao.enrollment.api.PersonDetail;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.enrollment.api.PersonStatus;
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
      status = detail.person().status();
      name = detail.person().name();
      householdNo = detail.person().householdNo();
      relationToHead = detail.person().relationToHead();
      since = detail.person().statusSince();
    }
  }

  private String name;
  private String householdNo;
  private String relationToHead;

  public void correct() {
    persons.correct(id, new org.canbao.enrollment.api.PersonDraft(null, name, householdNo, relationToHead, detail.person().villageId()));
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
