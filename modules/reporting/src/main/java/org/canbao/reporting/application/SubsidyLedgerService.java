package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.canbao.kernel.api.AreaScope;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.FundingSource;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.Tier;
import org.canbao.reporting.api.SubsidyLedgerFacade;
import org.canbao.reporting.api.SubsidyLedgerQuery;
import org.canbao.reporting.api.SubsidyLedgerRow;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/**
 * Reads the subsidy ledger from {@code enrollment.v_subsidy_ledger}, scoped by the caller's area
 * (and an area chosen inside it), in pages. Full ID numbers only for roles that work with
 * individuals.
 */
@Stateless
@Requires(Permission.READ_SUBSIDY_LEDGER)
public class SubsidyLedgerService implements SubsidyLedgerFacade {
  private static final String COLUMNS =
      "record_id, person_id, id_number, name, village_id, insurance_year, category_code, tier,"
          + " payment_date, contribution, subsidy, individual, funding_source, funding_department";

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject CategoryFacade categories;

  @Override
  public long count(SubsidyLedgerQuery q) {
    return ((Number) query("select count(*)", q, "").getSingleResult()).longValue();
  }

  @Override
  public BigDecimal total(SubsidyLedgerQuery q) {
    Object sum = query("select sum(subsidy)", q, "").getSingleResult();
    return sum == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(sum.toString()).setScale(2);
  }

  @Override
  public List<SubsidyLedgerRow> page(SubsidyLedgerQuery q, int first, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query("select " + COLUMNS, q, " order by " + orderBy(q) + "village_path, name, record_id")
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(max, 1), 1000))
            .getResultList();
    boolean full = caller.get().may(Permission.READ_FULL_ID_NUMBERS);
    Map<String, String> categoryNames =
        categories.list(true).stream()
            .collect(Collectors.toMap(CategoryView::code, CategoryView::name));
    Map<Long, Optional<RegionRef>> villages = new HashMap<>();
    return rows.stream()
        .map(
            r -> {
              long villageId = ((Number) r[4]).longValue();
              Optional<RegionRef> village = villages.computeIfAbsent(villageId, regions::find);
              Optional<RegionRef> township =
                  village
                      .map(RegionRef::parentId)
                      .flatMap(id -> villages.computeIfAbsent(id, regions::find));
              String tier = (String) r[7];
              String fund = (String) r[12];
              return new SubsidyLedgerRow(
                  ((Number) r[0]).longValue(),
                  ((Number) r[1]).longValue(),
                  full ? (String) r[2] : IdNumber.mask((String) r[2]),
                  (String) r[3],
                  township.map(RegionRef::name).orElse(""),
                  village.map(RegionRef::name).orElse(""),
                  ((Number) r[5]).intValue(),
                  (String) r[6],
                  categoryNames.getOrDefault((String) r[6], (String) r[6]),
                  tier == null ? null : Tier.valueOf(tier).label(),
                  date(r[8]),
                  money(r[9]),
                  money(r[10]),
                  money(r[11]),
                  fund == null ? null : FundingSource.valueOf(fund),
                  (String) r[13]);
            })
        .toList();
  }

  @Override
  public List<Integer> years() {
    @SuppressWarnings("unchecked")
    List<Object> years =
        em.createNativeQuery(
                "select distinct insurance_year from enrollment.v_subsidy_ledger where village_path like ?1"
                    + " order by insurance_year desc")
            .setParameter(1, caller.get().scope().likePattern())
            .getResultList();
    return years.stream().map(y -> ((Number) y).intValue()).toList();
  }

  /**
   * The statement with the filters; the area is the caller's, or one chosen inside it (checked).
   */
  private Query query(String select, SubsidyLedgerQuery q, String order) {
    Caller who = caller.get();
    AreaScope scope = who.scope();
    String area = scope.likePattern();
    if (q.areaId() != null) {
      RegionRef chosen =
          regions.find(q.areaId()).orElseThrow(() -> new NotFoundException("区域不存在：" + q.areaId()));
      scope.check(chosen.path());
      area = chosen.path() + "%";
    }
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder sql =
        new StringBuilder(select)
            .append(
                " from enrollment.v_subsidy_ledger where village_path like :area and insurance_year = :year");
    params.put("area", area);
    params.put("year", q.year());
    if (q.categoryCode() != null && !q.categoryCode().isBlank()) {
      sql.append(" and category_code = :category");
      params.put("category", q.categoryCode());
    }
    if (q.fundingSource() != null) {
      sql.append(" and funding_source = :fund");
      params.put("fund", q.fundingSource().name());
    }
    if (q.text() != null && !q.text().isBlank()) {
      sql.append(" and (name like :name or id_number = :id)");
      params.put("name", "%" + q.text().strip() + "%");
      params.put("id", q.text().strip().toUpperCase());
    }
    Query query = em.createNativeQuery(sql.append(order).toString());
    params.forEach(query::setParameter);
    return query;
  }

  /** The column the user sorted by, before the ledger's own order (which breaks ties). */
  private static String orderBy(SubsidyLedgerQuery q) {
    if (q.order() == null) {
      return "";
    }
    String column =
        switch (q.order()) {
          case VILLAGE -> "village_path";
          case NAME -> "name";
          case ID_NUMBER -> "id_number";
          case CATEGORY -> "category_code";
          case TIER -> "tier";
          case PAYMENT_DATE -> "payment_date";
          case CONTRIBUTION -> "contribution";
          case SUBSIDY -> "subsidy";
          case INDIVIDUAL -> "individual";
          case FUNDING_SOURCE -> "funding_source";
          case FUNDING_DEPARTMENT -> "funding_department";
        };
    return column + (q.descending() ? " desc nulls last, " : " asc nulls last, ");
  }

  /**
   * A date column as the driver gives it (LocalDate, or a JDBC date whose text is ISO yyyy-MM-dd).
   */
  private static LocalDate date(Object o) {
    return o == null ? null : o instanceof LocalDate d ? d : LocalDate.parse(o.toString());
  }

  private static BigDecimal money(Object o) {
    return o == null ? null : new BigDecimal(o.toString()).setScale(2);
  }
}
