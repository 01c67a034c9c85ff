package org.canbao.enrollment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.canbao.enrollment.api.EnrollmentChanged;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.enrollment.api.RecordStatus;
import org.canbao.enrollment.application.DemoPopulation.Enrollment;
import org.canbao.enrollment.application.DemoPopulation.Identity;
import org.canbao.enrollment.application.DemoPopulation.Population;
import org.canbao.enrollment.application.DemoPopulation.Resident;
import org.canbao.enrollment.domain.EnrollmentRecord;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.PolicyFacade;
import org.canbao.subsidies.api.Pricing;

/**
 * Writes a generated population into the registry and records its year: every payment priced as a
 * payment registered on screen or by a payment list is — the identities valid on the payment date,
 * the district's published policy (highest identity wins), the benefit period with its exemptions —
 * and frozen in its record ({@link EnrollmentRecord#payment}); employee and outside insurance with
 * their evidence. The policy is asked once per distinct question (district, identities, tier,
 * date): a township's 18,000 payments ask about two thousand. Rows are written in bulk, with one
 * audit revision, and one change per kind is announced for all the villages (as an import's commit
 * does), not one per person.
 */
@Stateless
@PermitAll
public class DemoPopulationLoader {
  private static final Logger LOG = Logger.getLogger(DemoPopulationLoader.class.getName());
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject DemoPopulationWriter store;
  @Inject PolicyFacade policies;
  @Inject CategoryFacade categories;
  @Inject RegionDirectory regions;
  @Inject Event<EnrollmentChanged> changes;

  /** What was written; {@code prices}: the distinct questions the policy was asked. */
  public record Summary(
      int persons, int identities, int payments, int otherInsured, int prices, int refused) {}

  /**
   * Whether anybody is registered in one of the villages; a populated village is never populated
   * again.
   */
  public boolean populated(List<RegionRef> villages) {
    return store.anyoneIn(villages.stream().map(RegionRef::id).toList());
  }

  /**
   * Registers the population in its villages ({@code villages}: by name) and records its
   * enrollments for {@code year}.
   */
  public Summary load(Map<String, RegionRef> villages, Population population, int year, String by) {
    long t0 = System.nanoTime();
    Set<Long> villageIds =
        villages.values().stream().map(RegionRef::id).collect(Collectors.toSet());
    Map<String, CategoryView> byCode =
        categories.list(true).stream().collect(Collectors.toMap(CategoryView::code, c -> c));
    List<Object[]> persons = new ArrayList<>(population.residents().size());
    for (Resident r : population.residents()) {
      RegionRef v = villages.get(r.village());
      persons.add(
          new Object[] {
            r.idNumber(),
            r.name(),
            r.sex(),
            r.birthDate(),
            r.householdNo(),
            r.relation(),
            v.id(),
            v.path(),
            null,
            r.householdType() == null ? null : r.householdType().name(),
            "NORMAL",
            0
          });
    }
    // in ID-number order, as an import writes them: the unique index on it grows at its end
    persons.sort(Comparator.comparing(row -> (String) row[0]));
    Map<String, Long> ids = store.persons(persons, villageIds);
    long t1 = System.nanoTime();
    long[] personId =
        population.residents().stream().mapToLong(r -> ids.get(r.idNumber())).toArray();

    Map<Integer, List<Identity>> held =
        population.identities().stream().collect(Collectors.groupingBy(Identity::resident));
    List<Object[]> identities = new ArrayList<>(population.identities().size());
    for (Identity i : population.identities()) {
      identities.add(
          new Object[] {
            personId[i.resident()],
            i.categoryCode(),
            byCode.get(i.categoryCode()).certifyingDepartment(),
            i.validFrom(),
            i.validTo(),
            0
          });
    }

    String district = QuoteService.districtOf(regions, villages.values().iterator().next().path());
    List<Enrollment> payments =
        population.enrollments().stream()
            .filter(e -> e.kind() == EnrollmentKind.RESIDENT_PAYMENT)
            .toList();
    List<QuoteRequest> asked = new ArrayList<>(payments.size());
    List<Set<String>> valid = new ArrayList<>(payments.size());
    Map<Pricing.Request, Integer> distinct = new LinkedHashMap<>();
    List<Integer> priceOf = new ArrayList<>(payments.size());
    for (Enrollment e : payments) {
      Resident r = population.residents().get(e.resident());
      Set<String> codes =
          held.getOrDefault(e.resident(), List.of()).stream()
              .filter(i -> i.validOn(e.date()))
              .map(Identity::categoryCode)
              .collect(Collectors.toSet());
      QuoteRequest q =
          new QuoteRequest(
              personId[e.resident()],
              null,
              null,
              year,
              InsuredType.RESIDENT,
              e.tier(),
              e.date(),
              r.birthDate(),
              false,
              false,
              r.householdType());
      asked.add(q);
      valid.add(codes);
      priceOf.add(
          distinct.computeIfAbsent(
              QuoteService.pricing(q, district, codes, r.birthDate()), k -> distinct.size()));
    }
    List<Pricing.Result> prices =
        distinct.isEmpty() ? List.of() : policies.priceAll(List.copyOf(distinct.keySet()));

    List<Object[]> records = new ArrayList<>(population.enrollments().size());
    int refused = 0;
    Map<String, Quote> quotes = new HashMap<>();
    for (int k = 0; k < payments.size(); k++) {
      Enrollment e = payments.get(k);
      QuoteRequest q = asked.get(k);
      Set<String> codes = valid.get(k);
      Pricing.Result price = prices.get(priceOf.get(k));
      // the benefit period also depends on the household type (rural low-income people wait for
      // nothing)
      Quote quote =
          quotes.computeIfAbsent(
              priceOf.get(k) + "|" + q.householdType(),
              key -> QuoteService.complete(q, codes, q.birthDate(), price, byCode, List.of()));
      if (quote.refusal() != null) {
        refused++; // left uninsured: the demo's plan and the policy in force disagree
        continue;
      }
      EnrollmentRecord r =
          EnrollmentRecord.payment(
              q.personId(),
              year,
              InsuredType.RESIDENT,
              e.tier(),
              e.date(),
              e.channel(),
              new EnrollmentRecord.Frozen(
                  quote.contribution(),
                  quote.subsidy(),
                  quote.individual(),
                  quote.categoryCode(),
                  quote.fundingSource(),
                  quote.fundingDepartment(),
                  quote.benefitStart(),
                  quote.benefitEnd(),
                  quote.policyId()),
              by,
              null);
      records.add(row(r, e.date().atTime(LocalTime.of(20, 0))));
    }
    for (Enrollment e : population.enrollments()) {
      if (e.kind() != EnrollmentKind.RESIDENT_PAYMENT) {
        records.add(
            row(
                EnrollmentRecord.otherInsurance(
                    personId[e.resident()], year, e.kind(), e.evidence(), by),
                e.date().atTime(LocalTime.of(10, 0))));
      }
    }
    long t2 = System.nanoTime();
    store.identitiesAndRecords(identities, records);
    long t3 = System.nanoTime();
    store.audit(
        by,
        "演示数据："
            + String.join("、", villages.keySet())
            + " 合成人口 "
            + persons.size()
            + " 人及其"
            + year
            + "年度参保记录",
        villageIds);
    long t4 = System.nanoTime();
    LOG.fine(
        () ->
            String.format(
                "Demo population written: persons %.1f s, priced %.1f s, identities and records %.1f s, audit %.1f s",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9));
    changes.fire(
        new EnrollmentChanged(EnrollmentChanged.Kind.PERSONS_REGISTERED, null, villageIds, null));
    changes.fire(
        new EnrollmentChanged(EnrollmentChanged.Kind.PAYMENT_RECORDED, year, villageIds, null));
    return new Summary(
        persons.size(),
        identities.size(),
        payments.size() - refused,
        records.size() - payments.size() + refused,
        distinct.size(),
        refused);
  }

  /**
   * A record as its factory made it, with the moment it was recorded moved to the demo's calendar
   * (a payment on the evening of its payment date, other insurance on the day it was checked): the
   * campaign's figures as of a past date count other insurance by when it was recorded.
   */
  private static Object[] row(EnrollmentRecord r, LocalDateTime recorded) {
    return new Object[] {
      r.personId(),
      r.year(),
      r.kind().name(),
      r.insuredType() == null ? null : r.insuredType().name(),
      r.tier() == null ? null : r.tier().name(),
      r.paymentDate(),
      r.channel() == null ? null : r.channel().name(),
      r.contribution(),
      r.subsidy(),
      r.individual(),
      r.categoryCode(),
      r.fundingSource() == null ? null : r.fundingSource().name(),
      r.fundingDepartment(),
      r.benefitStart(),
      r.benefitEnd(),
      r.policyId(),
      r.evidence(),
      (r.active() ? RecordStatus.ACTIVE : RecordStatus.REVERSED).name(),
      r.recordedBy(),
      OffsetDateTime.of(recorded, CHINA.getRules().getOffset(recorded)),
      0
    };
  }
}
