package org.canbao.enrollment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteFacade;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.enrollment.domain.BenefitPeriod;
import org.canbao.enrollment.domain.Person;
import org.canbao.enrollment.domain.PersonIdentity;
import org.canbao.enrollment.domain.WaitingExemption;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.InsuranceYear;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.Pricing;

/**
 * Quotes: the identities valid on the payment date, the price from the year's policy (highest
 * identity wins), and the benefit period with its waiting-period exemptions.
 */
@Stateless
@PermitAll
public class QuoteService implements QuoteFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject PolicyFacade policies;
  @Inject CategoryFacade categories;
  @Inject RegionDirectory regions;
  @Inject CurrentCaller caller;

  @Override
  @Requires(Permission.QUOTE)
  public Quote quote(QuoteRequest asked) {
    QuoteRequest q = Inputs.present(asked);
    Set<String> held = q.categories() == null ? Set.of() : q.categories();
    String district = q.districtCode();
    LocalDate birth = q.birthDate();
    Map<String, CategoryView> byCode =
        categories.list(true).stream().collect(Collectors.toMap(CategoryView::code, c -> c));
    List<String> notes = new ArrayList<>();
    if (q.personId() == null && !held.isEmpty()) {
      notes.add("按所选身份在缴费日期" + q.paymentDate() + "有效计算；实际登记时以该人员身份的有效期为准");
    }
    if (q.personId() != null) {
      Person p = em.find(Person.class, q.personId());
      if (p == null) {
        throw new NotFoundException("人员不存在：" + q.personId());
      }
      caller.get().scope().checkPeopleAt(p.villagePath());
      LocalDate paid = asked.paymentDate();
      held =
          p.identities().stream()
              .filter(i -> i.validOn(paid))
              .map(i -> i.categoryCode())
              .collect(Collectors.toSet());
      p.identities().stream()
          .filter(i -> !i.validOn(paid))
          .forEach(i -> notes.add(notValidNote(i, paid, byCode)));
      district = districtOf(regions, p.villagePath());
      birth = p.birthDate();
      q = q.forHousehold(p.householdType());
      if (!q.employeeInsuranceLapsedWithin3Months() && stoppedWithin3Months(p.id(), paid)) {
        q = q.afterEmployeeInsuranceStopped();
      }
    }
    Pricing.Result price = policies.price(pricing(q, district, held, birth));
    return complete(q, held, birth, price, byCode, notes);
  }

  /**
   * Whether the person's employee insurance stopped (recorded 停保) within 3 months before {@code
   * paid}.
   */
  private boolean stoppedWithin3Months(long personId, LocalDate paid) {
    return em
        .createQuery(
            "select r.stoppedOn from EnrollmentRecord r where r.personId = :p and r.kind = :k and r.status = org.canbao.enrollment.api.RecordStatus.STOPPED",
            LocalDate.class)
        .setParameter("p", personId)
        .setParameter("k", EnrollmentKind.EMPLOYEE_INSURANCE)
        .getResultList()
        .stream()
        .anyMatch(stopped -> WaitingExemption.joinsWithin3MonthsOfStop(stopped, paid));
  }

  /** "身份“低保对象”自2023-01-01起有效，缴费日期2022-11-20时尚未生效，不计入资助". */
  static String notValidNote(
      PersonIdentity i, LocalDate paymentDate, Map<String, CategoryView> byCode) {
    CategoryView c = byCode.get(i.categoryCode());
    String name = "身份“" + (c == null ? i.categoryCode() : c.name()) + "”";
    if (i.validFrom() != null && i.validFrom().isAfter(paymentDate)) {
      return name + "自" + i.validFrom() + "起有效，缴费日期" + paymentDate + "时尚未生效，不计入资助";
    }
    return name + "有效期至" + i.validTo() + "，缴费日期" + paymentDate + "时已失效，不计入资助";
  }

  /**
   * What the subsidies module is asked: district, year, the identities held on the payment date,
   * type, tier, date.
   */
  static Pricing.Request pricing(
      QuoteRequest q, String district, Set<String> held, LocalDate birth) {
    boolean newbornInTime =
        q.insuredType() == InsuredType.NEWBORN
            && birth != null
            && ChronoUnit.DAYS.between(birth, q.paymentDate()) <= 90;
    return new Pricing.Request(
        district, q.year(), held, q.insuredType(), q.tier(), q.paymentDate(), newbornInTime);
  }

  /**
   * The quote from the policy's price: the benefit period with its exemptions, and the explanation.
   */
  static Quote complete(
      QuoteRequest q,
      Set<String> held,
      LocalDate birth,
      Pricing.Result price,
      Map<String, CategoryView> byCode,
      List<String> notes) {
    if (price.refusal() != null) {
      return refused(price.policyId(), price.refusal());
    }
    WaitingExemption waiting =
        WaitingExemption.of(
            q.employeeInsuranceLapsedWithin3Months(),
            held.stream().map(byCode::get).filter(Objects::nonNull).toList(),
            q.householdType());
    boolean exempt = waiting.exempt();
    BenefitPeriod benefit;
    try {
      benefit =
          BenefitPeriod.of(
              new BenefitPeriod.Periods(
                  InsuranceYear.of(q.year()),
                  price.centralisedFrom(),
                  price.centralisedTo(),
                  price.lastPaymentDate()),
              new BenefitPeriod.Payer(
                  q.insuredType() == InsuredType.NEWBORN,
                  birth,
                  exempt,
                  q.insuredType() == InsuredType.COLLEGE_STUDENT,
                  q.graduating()),
              q.paymentDate());
    } catch (BusinessException e) {
      return refused(price.policyId(), e.getMessage());
    }
    CategoryView won = price.categoryCode() == null ? null : byCode.get(price.categoryCode());
    String explanation =
        (won == null ? "无资助身份" : won.name())
            + ", "
            + q.tier().label()
            + ": 资助 "
            + price.subsidy().stripTrailingZeros().toPlainString()
            + ", 个人缴纳 "
            + price.individual().stripTrailingZeros().toPlainString();
    List<String> all = new ArrayList<>(notes);
    if (price.centralisedTo() != null && q.paymentDate().isAfter(price.centralisedTo())) {
      all.addAll(waiting.notes());
    }
    if (price.fiscalPart() != null && price.fiscalPart().signum() > 0) {
      all.add(
          "缴费日期"
              + q.paymentDate()
              + "晚于财政补助截止日"
              + price.fiscalCutoff()
              + "，个人另须承担人均财政补助"
              + price.fiscalPart().stripTrailingZeros().toPlainString()
              + "元（缴费标准 "
              + price
                  .contribution()
                  .subtract(price.fiscalPart())
                  .stripTrailingZeros()
                  .toPlainString()
              + " + "
              + price.fiscalPart().stripTrailingZeros().toPlainString()
              + "）"
              + (won == null ? "" : "；身份资助照常计算"));
    }
    return new Quote(
        price.policyId(),
        price.contribution(),
        price.subsidy(),
        price.individual(),
        price.categoryCode(),
        won == null ? null : won.name(),
        price.fundingSource(),
        price.fundingDepartment(),
        benefit.start(),
        benefit.end(),
        benefit.basis(),
        explanation,
        List.copyOf(all),
        null);
  }

  private static Quote refused(long policyId, String why) {
    return new Quote(
        policyId, null, null, null, null, null, null, null, null, null, null, null, List.of(), why);
  }

  /**
   * The district (6-digit code) on a scope path {@code /city/district/township/village/}; null
   * above districts.
   */
  static String districtOf(RegionDirectory regions, String villagePath) {
    String[] ids = villagePath.split("/");
    for (String id : ids) {
      if (!id.isEmpty()) {
        RegionRef r = regions.find(Long.parseLong(id)).orElse(null);
        if (r != null && r.level() == RegionLevel.DISTRICT) {
          return r.code();
        }
      }
    }
    return null;
  }
}
