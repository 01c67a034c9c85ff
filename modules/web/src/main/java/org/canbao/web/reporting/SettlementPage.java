package org.canbao.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;
import org.canbao.reporting.api.SettlementFacade;
import org.canbao.reporting.api.SettlementLine;
import org.canbao.reporting.api.SettlementPerson;
import org.canbao.reporting.api.SettlementReport;

/**
 * 资金结算: an area's subsidies of a year by funding source, by the department bearing them, by the
 * certifying department and by township (village) — drilled down district → township → village, and
 * from any figure to the people behind it.
 */
@Named
@ViewScoped
public class SettlementPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX_PEOPLE = 5000;

  @Inject SettlementFacade settlement;
  @Inject RegionFacade regions;
  @Inject CampaignFacade campaigns;

  private int year;
  private final List<RegionView> trail = new ArrayList<>();
  private SettlementReport report;
  private List<SettlementPerson> people = List.of();
  private String peopleTitle;

  @PostConstruct
  void init() {
    trail.add(regions.callerRegion());
    year = campaigns.workingYear(trail.get(0).id());
    load();
  }

  public void load() {
    report = settlement.settlement(year, area().id());
    people = List.of();
    peopleTitle = null;
  }

  /** Goes down to a township or village of the by-area table. */
  public void drill(SettlementLine line) {
    if (line.areaId() != null && line.areaId() != area().id()) {
      trail.add(regions.region(line.areaId()));
      load();
    }
  }

  public void back(RegionView to) {
    while (trail.size() > 1 && trail.get(trail.size() - 1).id() != to.id()) {
      trail.remove(trail.size() - 1);
    }
    load();
  }

  /** The people behind a line's figure. */
  public void people(SettlementLine line) {
    long areaId = line.areaId() == null ? area().id() : line.areaId();
    people =
        new ArrayList<>(
            settlement.people(
                year,
                areaId,
                line.fundingSource(),
                line.fundingDepartment(),
                line.certifyingDepartment(),
                MAX_PEOPLE)); // mutable: the table sorts it in place
    peopleTitle =
        report.areaName()
            + year
            + "年资助参保名单（"
            + (line.areaId() == null ? line.label() : report.areaName() + " " + line.label())
            + "）";
  }

  /** Everybody subsidised in the area. */
  public void allPeople() {
    people =
        new ArrayList<>(
            settlement.people(
                year,
                area().id(),
                null,
                null,
                null,
                MAX_PEOPLE)); // mutable: the table sorts it in place
    peopleTitle = report.areaName() + year + "年资助参保名单";
  }

  public boolean isPeopleCut() {
    return people.size() >= MAX_PEOPLE;
  }

  public RegionView area() {
    return trail.get(trail.size() - 1);
  }

  public String getTitle() {
    return report.areaName() + year + "年资助参保资金结算表";
  }

  public List<RegionView> getTrail() {
    return trail;
  }

  public SettlementReport getReport() {
    return report;
  }

  public List<SettlementPerson> getPeople() {
    return people;
  }

  public String getPeopleTitle() {
    return peopleTitle;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
