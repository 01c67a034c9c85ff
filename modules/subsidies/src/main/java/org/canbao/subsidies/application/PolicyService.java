package org.canbao.subsidies.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Money;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.kernel.api.Role;
import org.canbao.kernel.api.TableFiles;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.PolicyData;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.PolicyStatus;
import org.canbao.subsidies.api.Pricing;
import org.canbao.subsidies.domain.PolicyTerms;
import org.canbao.subsidies.domain.PolicyVersion;
import org.canbao.subsidies.domain.SubsidyRule;

/** Policy versions and pricing. Everyone signed in may price; administrators maintain policy. */
@Stateless
@PermitAll
public class PolicyService implements PolicyFacade {
  static final String CITY = PolicyData.CITY_CODE;

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CategoryFacade categories;
  @Inject TableFiles tables;
  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;

  /**
   * District administrators maintain their own district's policy; the city default is the system
   * administrator's.
   */
  private void checkRegion(String regionCode) {
    if (regionCode == null || regionCode.isBlank()) {
      throw new BusinessException("regionCode", "请选择政策适用的区县");
    }
    var c = caller.get();
    if (c.has(Role.SYSTEM_ADMIN)) {
      return;
    }
    String own = regions.find(c.scope().regionId()).map(RegionRef::code).orElse(null);
    if (own == null || !own.equals(regionCode)) {
      throw new AccessDeniedException("区县管理员只能维护本区县的政策（" + own + "）");
    }
  }

  @Override
  @Requires(Permission.QUOTE)
  public List<PolicyData> list() {
    return em
        .createQuery(
            "select p from PolicyVersion p order by p.year desc, p.regionCode, p.versionNo desc",
            PolicyVersion.class)
        .getResultList()
        .stream()
        .map(PolicyService::data)
        .toList();
  }

  @Override
  @Requires(Permission.QUOTE)
  public PolicyData get(long id) {
    return data(load(id));
  }

  @Override
  @Requires(Permission.QUOTE)
  public List<String> validate(long id) {
    Set<String> active =
        categories.list(false).stream().map(CategoryView::code).collect(Collectors.toSet());
    return load(id).terms().problems(active);
  }

  @Override
  @Requires(Permission.MANAGE_POLICY)
  public PolicyData saveDraft(PolicyData d) {
    PolicyVersion p;
    if (d.id() == null) {
      checkRegion(d.regionCode());
      p = new PolicyVersion(d.regionCode(), d.year(), nextVersion(d.regionCode(), d.year()));
      em.persist(p);
    } else {
      p = load(d.id());
      checkRegion(p.regionCode());
    }
    List<PolicyVersion.StandardEntry> standards =
        d.standards() == null
            ? List.of()
            : d.standards().stream()
                .map(
                    s ->
                        new PolicyVersion.StandardEntry(
                            s.insuredType(), s.tier(), new Money(s.amount()).amount()))
                .toList();
    List<SubsidyRule> rules =
        d.rules() == null
            ? List.of()
            : d.rules().stream()
                .map(
                    r ->
                        new SubsidyRule(
                            r.categoryCode(),
                            r.tier(),
                            r.shape(),
                            r.value(),
                            r.fundingSource(),
                            r.fundingDepartment()))
                .toList();
    for (SubsidyRule r : rules) {
      if (categories.find(r.categoryCode()).isEmpty()) {
        throw new BusinessException("rules", "未知的身份类别：" + r.categoryCode());
      }
    }
    p.edit(
        d.centralisedFrom(),
        d.centralisedTo(),
        d.lastPaymentDate(),
        d.fiscalCutoff(),
        d.fiscalSubsidyPerPerson(),
        standards,
        rules);
    em.flush();
    return data(p);
  }

  @Override
  @Requires(Permission.MANAGE_POLICY)
  public PolicyData copyToYear(long id, int year) {
    PolicyData from = data(load(id));
    // "copy last year": the same amounts and rules, the periods moved to the new year for review
    int shift = year - from.year();
    return saveDraft(
        new PolicyData(
            null,
            from.regionCode(),
            year,
            PolicyStatus.DRAFT,
            0,
            plusYears(from.centralisedFrom(), shift),
            plusYears(from.centralisedTo(), shift),
            plusYears(from.lastPaymentDate(), shift),
            plusYears(from.fiscalCutoff(), shift),
            from.fiscalSubsidyPerPerson(),
            from.standards(),
            from.rules()));
  }

  @Override
  @Requires(Permission.MANAGE_POLICY)
  public PolicyData publish(long id) {
    PolicyVersion p = load(id);
    checkRegion(p.regionCode());
    List<String> problems = validate(id);
    if (!problems.isEmpty()) {
      throw new BusinessException("policy", "政策未通过校验，不能发布：" + String.join("；", problems));
    }
    em.createQuery(
            "select p from PolicyVersion p where p.regionCode = :r and p.year = :y and p.status = :s",
            PolicyVersion.class)
        .setParameter("r", p.regionCode())
        .setParameter("y", p.year())
        .setParameter("s", PolicyStatus.PUBLISHED)
        .getResultList()
        .forEach(PolicyVersion::supersede);
    p.publish(Instant.now());
    return data(p);
  }

  @Override
  public Pricing.Result price(Pricing.Request q) {
    PolicyVersion p = published(q.districtCode(), q.year());
    return price(p, p.terms(), q);
  }

  @Override
  public List<Pricing.Result> priceAll(List<Pricing.Request> requests) {
    Map<String, PolicyVersion> versions = new HashMap<>();
    Map<Long, PolicyTerms> terms = new HashMap<>();
    List<Pricing.Result> results = new ArrayList<>(requests.size());
    for (Pricing.Request q : requests) {
      PolicyVersion p =
          versions.computeIfAbsent(
              q.districtCode() + "|" + q.year(), k -> published(q.districtCode(), q.year()));
      results.add(price(p, terms.computeIfAbsent(p.id(), k -> p.terms()), q));
    }
    return results;
  }

  private static Pricing.Result price(PolicyVersion p, PolicyTerms terms, Pricing.Request q) {
    PolicyTerms.Quote quote =
        terms.quote(
            q.categories(), q.insuredType(), q.tier(), q.paymentDate(), q.newbornWithin90Days());
    return new Pricing.Result(
        p.id(),
        p.regionCode(),
        amount(quote.contribution()),
        amount(quote.subsidy()),
        amount(quote.individual()),
        quote.categoryCode(),
        quote.shape(),
        quote.fundingSource(),
        quote.fundingDepartment(),
        p.centralisedFrom(),
        p.centralisedTo(),
        p.lastPaymentDate(),
        quote.fiscalPart() == null ? null : amount(quote.fiscalPart()),
        p.fiscalCutoff(),
        quote.refusal());
  }

  @Override
  @Requires(Permission.QUOTE)
  public byte[] exportSonggaiLayout(long id) {
    PolicyVersion p = load(id);
    return SonggaiLayout.write(p.year(), p.terms(), categories.list(false));
  }

  @Override
  @Requires(Permission.MANAGE_POLICY)
  public PolicyData importSonggaiLayout(long id, String fileName, InputStream content) {
    PolicyData d = data(load(id));
    List<SubsidyRule> read = SonggaiLayout.read(tables, fileName, content, categories::find);
    List<PolicyData.Rule> rules = new ArrayList<>(d.rules());
    for (SubsidyRule r : read) {
      rules.removeIf(x -> x.categoryCode().equals(r.categoryCode()) && x.tier() == r.tier());
      rules.add(
          new PolicyData.Rule(
              r.categoryCode(),
              r.tier(),
              r.shape(),
              r.value(),
              r.fundingSource(),
              r.fundingDepartment()));
    }
    return saveDraft(
        new PolicyData(
            d.id(),
            d.regionCode(),
            d.year(),
            d.status(),
            d.versionNo(),
            d.centralisedFrom(),
            d.centralisedTo(),
            d.lastPaymentDate(),
            d.fiscalCutoff(),
            d.fiscalSubsidyPerPerson(),
            d.standards(),
            rules));
  }

  /** The district's newest published version for the year, else the city's. */
  PolicyVersion published(String districtCode, int year) {
    for (String region : districtCode == null ? List.of(CITY) : List.of(districtCode, CITY)) {
      List<PolicyVersion> found =
          em.createQuery(
                  "select p from PolicyVersion p where p.regionCode = :r and p.year = :y and p.status = :s order by p.versionNo desc",
                  PolicyVersion.class)
              .setParameter("r", region)
              .setParameter("y", year)
              .setParameter("s", PolicyStatus.PUBLISHED)
              .setMaxResults(1)
              .getResultList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    throw new BusinessException("year", year + "年度尚无已发布的参保资助政策");
  }

  private int nextVersion(String region, int year) {
    Integer max =
        em.createQuery(
                "select max(p.versionNo) from PolicyVersion p where p.regionCode = :r and p.year = :y",
                Integer.class)
            .setParameter("r", region)
            .setParameter("y", year)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  private PolicyVersion load(long id) {
    PolicyVersion p = em.find(PolicyVersion.class, id);
    if (p == null) {
      throw new NotFoundException("政策版本不存在：" + id);
    }
    return p;
  }

  private static LocalDate plusYears(LocalDate d, int years) {
    return d == null ? null : d.plusYears(years);
  }

  private static BigDecimal amount(Money m) {
    return m == null ? null : m.amount();
  }

  static PolicyData data(PolicyVersion p) {
    return new PolicyData(
        p.id(),
        p.regionCode(),
        p.year(),
        p.status(),
        p.versionNo(),
        p.centralisedFrom(),
        p.centralisedTo(),
        p.lastPaymentDate(),
        p.fiscalCutoff(),
        p.fiscalSubsidy(),
        p.standards().stream()
            .map(s -> new PolicyData.Standard(s.insuredType(), s.tier(), s.amount()))
            .toList(),
        p.rules().stream()
            .map(
                r ->
                    new PolicyData.Rule(
                        r.categoryCode(),
                        r.tier(),
                        r.shape(),
                        r.value(),
                        r.fundingSource(),
                        r.fundingDepartment()))
            .toList());
  }
}
