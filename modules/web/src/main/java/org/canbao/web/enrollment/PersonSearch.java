package org.canbao.web.enrollment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.PersonDraft;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.enrollment.api.PersonQuery;
import org.canbao.enrollment.api.PersonView;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionView;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.web.faces.Pages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The registry of the caller's area: search by ID number, name, village, category; register a
 * person.
 */
@Named
@ViewScoped
public class PersonSearch implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonFacade persons;
  @Inject RegionFacade regions;
  @Inject CategoryFacade categories;

  private String idNumber;
  private String name;
  private RegionView village;
  private String categoryCode;
  private PersonQuery query = new PersonQuery(null, null, null, null);

  // register form
  private String newIdNumber;
  private String newName;
  private String newHousehold;
  private String newRelation;
  private RegionView newVillage;
  private HouseholdType newHouseholdType;

  public HouseholdType getNewHouseholdType() {
    return newHouseholdType;
  }

  public void setNewHouseholdType(HouseholdType newHouseholdType) {
    this.newHouseholdType = newHouseholdType;
  }

  public HouseholdType[] getHouseholdTypes() {
    return HouseholdType.values();
  }

  private final LazyDataModel<PersonView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) persons.count(query);
        }

        @Override
        public List<PersonView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return persons.search(sorted(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(PersonView p) {
          return String.valueOf(p.id());
        }

        @Override
        public PersonView getRowData(String rowKey) {
          return getWrappedData().stream()
              .filter(p -> String.valueOf(p.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
        }
      };

  /** The sort the user clicked on a column header (its sortBy names the view's accessor). */
  private PersonQuery sorted(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(m -> m.getOrder() != null && !m.getOrder().isUnsorted())
        .findFirst()
        .map(m -> query.sorted(ORDERS.get(m.getField()), m.getOrder().isDescending()))
        .orElse(query);
  }

  private static final Map<String, PersonQuery.Order> ORDERS =
      Map.of(
          "idNumber()", PersonQuery.Order.ID_NUMBER,
          "name()", PersonQuery.Order.NAME,
          "birthDate()", PersonQuery.Order.BIRTH_DATE,
          "householdNo()", PersonQuery.Order.HOUSEHOLD,
          "villageName()", PersonQuery.Order.VILLAGE,
          "status().label()", PersonQuery.Order.STATUS);

  public void search() {
    query = new PersonQuery(idNumber, name, village == null ? null : village.id(), categoryCode);
  }

  public List<RegionView> completeVillage(String text) {
    return regions.search(text, 30).stream().filter(r -> r.level() == RegionLevel.VILLAGE).toList();
  }

  public void register() {
    if (newVillage == null) {
      throw new BusinessException("village", "请选择户籍所在村(社区)");
    }
    PersonView p =
        persons.register(
            new PersonDraft(
                newIdNumber,
                newName,
                newHousehold,
                newRelation,
                newVillage.id(),
                newHouseholdType));
    Pages.info("已登记：" + p.name() + "（" + p.maskedId() + "）");
    if (p.note() != null) {
      Pages.warn("提示：" + p.note());
    }
    newIdNumber = null;
    newName = null;
    newHousehold = null;
    newRelation = null;
  }

  public List<CategoryView> getCategories() {
    return categories.list(false);
  }

  public LazyDataModel<PersonView> getModel() {
    return model;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RegionView getVillage() {
    return village;
  }

  public void setVillage(RegionView village) {
    this.village = village;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public void setCategoryCode(String categoryCode) {
    this.categoryCode = categoryCode;
  }

  public String getNewIdNumber() {
    return newIdNumber;
  }

  public void setNewIdNumber(String newIdNumber) {
    this.newIdNumber = newIdNumber;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewHousehold() {
    return newHousehold;
  }

  public void setNewHousehold(String newHousehold) {
    this.newHousehold = newHousehold;
  }

  public String getNewRelation() {
    return newRelation;
  }

  public void setNewRelation(String newRelation) {
    this.newRelation = newRelation;
  }

  public RegionView getNewVillage() {
    return newVillage;
  }

  public void setNewVillage(RegionView newVillage) {
    this.newVillage = newVillage;
  }
}
