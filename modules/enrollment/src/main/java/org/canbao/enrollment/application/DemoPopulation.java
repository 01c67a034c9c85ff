package org.canbao.enrollment.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.HouseholdType;
import org.canbao.enrollment.api.PaymentChannel;
import org.canbao.kernel.api.IdNumber;
import org.canbao.kernel.api.Tier;

/**
 * A synthetic population for the demo of insurance year 2023: per village exactly the registered
 * population of the targets table, in households of one to five (户主, 配偶, 子/女, 儿媳, 孙子/孙女, 父亲/母亲)
 * with valid, distinct ID numbers whose birth date and sex are the person's; identities in shares
 * typical of a Chongqing township (低保, 特困, 稳定脱贫 …); and what each person did for 2023 — paid in the
 * centralised period, paid late in 2023, employee insurance, insured outside the district, or
 * nothing — so that each village reaches the completion of its {@link Profile}. Deterministic: the
 * same profiles and seed give the same people. Invented people; the amounts are not decided here
 * but priced by the year's policy when the payments are recorded ({@link DemoPopulationLoader}).
 */
public final class DemoPopulation {
  /**
   * The base date of the registered population (永川区 2023: 1 November 2022): everybody is born
   * before it.
   */
  public static final LocalDate BASE_DATE = LocalDate.of(2022, 11, 1);

  /**
   * 2023's centralised payment period (the city's 2023 policy) and the campaign's year end
   * (cut-off).
   */
  static final LocalDate CENTRALISED_FROM = LocalDate.of(2022, 10, 25);

  static final LocalDate YEAR_END = LocalDate.of(2022, 12, 31);

  /** 低收入人口 (DOMAIN.md §3) and 脱贫人口, as the demo's 2023 settings count them for the sub-targets. */
  static final Set<String> LOW_INCOME =
      Set.of(
          "TEKUN",
          "DIBAO",
          "DIBAO_MARGINAL",
          "RETURNED_TO_POVERTY",
          "UNSTABLE_POST_POVERTY",
          "MARGINAL_AT_RISK",
          "SUDDEN_SEVERE_HARDSHIP");

  static final Set<String> ALLEVIATED =
      Set.of(
          "STABLE_POST_POVERTY",
          "UNSTABLE_POST_POVERTY",
          "MARGINAL_AT_RISK",
          "SUDDEN_SEVERE_HARDSHIP");

  /**
   * A village to populate: its registered population and target (the published table), whether it
   * is an urban community, and what it reaches — insured by the year end (31 December 2022) and by
   * now, in percent of the target; the shares of employee and outside-the-district insurance among
   * the registered; how many low-income and poverty-alleviated people stay uninsured; the pace of
   * payments in the centralised period (below 1: early, above 1: late).
   */
  public record Profile(
      String village,
      int registered,
      int target,
      boolean community,
      double insuredByYearEnd,
      double insuredNow,
      double employeeShare,
      double outsideShare,
      int lowIncomeUninsured,
      int alleviatedUninsured,
      double pace) {
    public int byYearEnd() {
      return (int) Math.round(target * insuredByYearEnd / 100);
    }

    public int now() {
      return (int) Math.round(target * insuredNow / 100);
    }

    /** The same profile for the registered population and target of the published table. */
    public Profile withTable(int registered, int target) {
      return new Profile(
          village,
          registered,
          target,
          community,
          insuredByYearEnd,
          insuredNow,
          employeeShare,
          outsideShare,
          lowIncomeUninsured,
          alleviatedUninsured,
          pace);
    }
  }

  /** A registered person; {@code no} is the index in {@link Population#residents()}. */
  public record Resident(
      int no,
      String village,
      String idNumber,
      String name,
      String sex,
      LocalDate birthDate,
      String householdNo,
      String relation,
      HouseholdType householdType) {}

  /** An identity certified for resident {@code resident}. */
  public record Identity(
      int resident, String categoryCode, LocalDate validFrom, LocalDate validTo) {
    public boolean validOn(LocalDate d) {
      return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }
  }

  /**
   * What a resident did for 2023: a resident payment (tier, payment date, channel) or another way
   * of being insured (evidence), {@code date} then being the day it was recorded.
   */
  public record Enrollment(
      int resident,
      EnrollmentKind kind,
      Tier tier,
      LocalDate date,
      PaymentChannel channel,
      String evidence) {}

  public record Population(
      List<Resident> residents, List<Identity> identities, List<Enrollment> enrollments) {}

  private DemoPopulation() {}

  /** The people of the villages, ID numbers issued under {@code region} (six digits). */
  public static Population generate(List<Profile> villages, String region, long seed) {
    List<Resident> residents = new ArrayList<>();
    List<Identity> identities = new ArrayList<>();
    List<Enrollment> enrollments = new ArrayList<>();
    Set<Long> issued = new HashSet<>();
    for (int v = 0; v < villages.size(); v++) {
      Random random = new Random(seed * 1_000_003L + v);
      Village village =
          new Village(villages.get(v), v, region, random, issued, residents, identities);
      village.populate();
      village.plan(enrollments);
    }
    return new Population(
        List.copyOf(residents), List.copyOf(identities), List.copyOf(enrollments));
  }

  /** One village's generation, with its own random sequence. */
  private static final class Village {
    private final Profile p;
    private final int index;
    private final String region;
    private final Random r;
    private final Set<Long> issued;
    private final List<Resident> residents;
    private final List<Identity> identities;
    private final String[] surnames;
    private final int first;
    private final int firstIdentity;

    /**
     * The household (its number in the village) of each resident of the village, from {@link
     * #first}.
     */
    private final List<Integer> householdOf = new ArrayList<>();

    private final List<LocalDate> householdPaid = new ArrayList<>();

    Village(
        Profile p,
        int index,
        String region,
        Random r,
        Set<Long> issued,
        List<Resident> residents,
        List<Identity> identities) {
      this.p = p;
      this.index = index;
      this.region = region;
      this.r = r;
      this.issued = issued;
      this.residents = residents;
      this.identities = identities;
      this.surnames = DemoNames.villageSurnames(r);
      this.first = residents.size();
      this.firstIdentity = identities.size();
    }

    void populate() {
      int household = 0;
      while (residents.size() - first < p.registered()) {
        List<DemoHouseholds.Member> members = DemoHouseholds.members(r, surnames);
        members =
            members.subList(
                0, Math.min(members.size(), p.registered() - (residents.size() - first)));
        String no = String.format("%02d%05d", index + 1, ++household);
        HouseholdType type = householdType();
        int from = residents.size();
        for (DemoHouseholds.Member m : members) {
          LocalDate birth = BASE_DATE.minusYears(m.age()).minusDays(1 + r.nextInt(365));
          IdNumber id = issue(birth, m.male());
          residents.add(
              new Resident(
                  residents.size(),
                  p.village(),
                  id.value(),
                  m.surname() + DemoNames.given(r, m.male(), birth.getYear()),
                  id.sex().label(),
                  birth,
                  no,
                  m.relation(),
                  type));
          householdOf.add(household - 1);
        }
        householdPaid.add(centralisedDate());
        DemoIdentities.certify(
            r, p.community(), residents.subList(from, residents.size()), identities);
      }
    }

    private HouseholdType householdType() {
      double u = r.nextDouble();
      if (p.community()) {
        return u < 0.45 ? HouseholdType.URBAN : u < 0.75 ? HouseholdType.RURAL : null;
      }
      return u < 0.85 ? HouseholdType.RURAL : null;
    }

    /** A distinct number: a free sequence (odd for men, even for women) for the birth date. */
    private IdNumber issue(LocalDate birth, boolean male) {
      while (true) {
        int sequence = male ? 1 + 2 * r.nextInt(500) : 2 + 2 * r.nextInt(499);
        if (issued.add(birth.toEpochDay() * 1000 + sequence)) {
          return IdNumber.issue(region, birth, sequence);
        }
      }
    }

    /** A day of the centralised period: the village's pace, with a rush in its last ten days. */
    private LocalDate centralisedDate() {
      long days = ChronoUnit.DAYS.between(CENTRALISED_FROM, YEAR_END);
      if (r.nextDouble() < 0.12) {
        return YEAR_END.minusDays(r.nextInt(10));
      }
      return CENTRALISED_FROM.plusDays(
          Math.min(days, (long) Math.floor(Math.pow(r.nextDouble(), 1 / p.pace()) * (days + 1))));
    }

    /**
     * Who is insured how: the low-income and poverty-alleviated people first (all but the profile's
     * uninsured ones; where some stay uninsured, a few others pay late), employees and people
     * insured outside among the working age, then resident payers until the year-end figure, late
     * payers until today's, the rest uninsured.
     */
    void plan(List<Enrollment> out) {
      List<Integer> targeted = new ArrayList<>();
      List<Integer> lowOnly = new ArrayList<>();
      List<Integer> alleviatedOnly = new ArrayList<>();
      boolean[] holdsLow = new boolean[p.registered()];
      boolean[] holdsAlleviated = new boolean[p.registered()];
      boolean[] veteran = new boolean[p.registered()];
      for (Identity i : identities.subList(firstIdentity, identities.size())) {
        int k = i.resident() - first;
        veteran[k] |= i.categoryCode().equals("OLD_DEMOBILIZED_SOLDIER");
        if (i.validTo() == null) {
          holdsLow[k] |= LOW_INCOME.contains(i.categoryCode());
          holdsAlleviated[k] |= ALLEVIATED.contains(i.categoryCode());
        }
      }
      List<Integer> others = new ArrayList<>();
      for (int k = 0; k < p.registered(); k++) {
        (holdsLow[k] || holdsAlleviated[k] ? targeted : others).add(first + k);
        if (holdsLow[k] && !holdsAlleviated[k]) {
          lowOnly.add(first + k);
        } else if (holdsAlleviated[k] && !holdsLow[k]) {
          alleviatedOnly.add(first + k);
        }
      }
      Collections.shuffle(lowOnly, r);
      Collections.shuffle(alleviatedOnly, r);
      Collections.shuffle(others, r);
      Set<Integer> left = new HashSet<>(take(lowOnly, p.lowIncomeUninsured(), "低收入"));
      left.addAll(take(alleviatedOnly, p.alleviatedUninsured(), "脱贫"));
      int byYearEnd = 0;
      int late = 0;
      for (int n : targeted) {
        if (left.contains(n)) {
          continue;
        }
        // where some stay uninsured, a few others paid only in 2023 (benefits from payment for the
        // rural ones)
        boolean payLate =
            p.lowIncomeUninsured() + p.alleviatedUninsured() > 0 && r.nextDouble() < 0.04;
        out.add(
            payment(
                n,
                payLate ? lateDate(true) : householdPaid.get(householdOf.get(n - first)),
                veteran[n - first]));
        if (payLate) {
          late++;
        } else {
          byYearEnd++;
        }
      }
      int employees = (int) Math.round(p.registered() * p.employeeShare());
      int outside = (int) Math.round(p.registered() * p.outsideShare());
      List<Integer> rest = new ArrayList<>();
      for (int n : others) {
        int age = age(n);
        if (employees > 0 && age >= 18 && age < 60) {
          out.add(
              new Enrollment(
                  n,
                  EnrollmentKind.EMPLOYEE_INSURANCE,
                  null,
                  recordedDate(),
                  null,
                  "职工医保参保查询记录 ZG" + String.format("%06d", r.nextInt(1_000_000))));
          employees--;
          byYearEnd++;
        } else if (outside > 0 && age >= 16 && age < 56) {
          out.add(
              new Enrollment(
                  n,
                  EnrollmentKind.INSURED_OUTSIDE,
                  null,
                  recordedDate(),
                  null,
                  outsideEvidence(age)));
          outside--;
          byYearEnd++;
        } else {
          rest.add(n);
        }
      }
      int payers = p.byYearEnd() - byYearEnd;
      int latePayers = p.now() - p.byYearEnd() - late;
      if (employees > 0
          || outside > 0
          || payers < 0
          || latePayers < 0
          || payers + latePayers > rest.size()) {
        throw new IllegalArgumentException(p.village() + "：完成率与参保构成不相容 " + p);
      }
      for (int k = 0; k < payers + latePayers; k++) {
        int n = rest.get(k);
        out.add(
            payment(
                n,
                k < payers ? householdPaid.get(householdOf.get(n - first)) : lateDate(false),
                veteran[n - first]));
      }
    }

    private static List<Integer> take(List<Integer> from, int count, String what) {
      if (count > from.size()) {
        throw new IllegalArgumentException(
            "没有足够的" + what + "人员可留作未参保：" + count + " > " + from.size());
      }
      return from.subList(0, count);
    }

    private Enrollment payment(int n, LocalDate paid, boolean veteran) {
      // 在乡老复员军人: tier 1 is not offered, tier 2 fully paid (the 2023 policy); everyone else mostly
      // tier 1
      Tier tier =
          veteran || r.nextDouble() < (p.community() ? 0.18 : 0.08) ? Tier.TIER_2 : Tier.TIER_1;
      return new Enrollment(n, EnrollmentKind.RESIDENT_PAYMENT, tier, paid, channel(age(n)), null);
    }

    /**
     * A late payment in 2023: January–February mostly, some until June, a few after the fiscal
     * cut-off.
     */
    private LocalDate lateDate(boolean lowIncome) {
      double u = lowIncome ? 0 : r.nextDouble();
      if (u < 0.65) {
        return LocalDate.of(2023, 1, 3).plusDays(r.nextInt(57));
      }
      return u < 0.9
          ? LocalDate.of(2023, 3, 1).plusDays(r.nextInt(122))
          : LocalDate.of(2023, 7, 1).plusDays(r.nextInt(92));
    }

    private LocalDate recordedDate() {
      return LocalDate.of(2022, 10, 20).plusDays(r.nextInt(62));
    }

    private PaymentChannel channel(int age) {
      double u = r.nextDouble();
      if (age >= 65) {
        return u < 0.45
            ? PaymentChannel.POS
            : u < 0.7
                ? PaymentChannel.WECHAT
                : u < 0.85
                    ? PaymentChannel.YUKUAIBAN
                    : u < 0.95 ? PaymentChannel.BANK_APP : PaymentChannel.ALIPAY;
      }
      return u < 0.45
          ? PaymentChannel.WECHAT
          : u < 0.6
              ? PaymentChannel.ALIPAY
              : u < 0.75
                  ? PaymentChannel.YUKUAIBAN
                  : u < 0.83
                      ? PaymentChannel.UNIONPAY
                      : u < 0.93 ? PaymentChannel.BANK_APP : PaymentChannel.POS;
    }

    private static final String[] ELSEWHERE = {
      "广东省东莞市", "广东省深圳市", "浙江省宁波市", "福建省厦门市", "江苏省苏州市", "四川省成都市", "重庆市九龙坡区", "重庆市渝北区", "重庆市江津区"
    };

    private String outsideEvidence(int age) {
      if (age <= 22 && r.nextBoolean()) {
        return "就读高校所在地参保证明（" + ELSEWHERE[r.nextInt(6)] + "）";
      }
      String place = ELSEWHERE[r.nextInt(ELSEWHERE.length)];
      return (place.startsWith("重庆市") ? "区外" : "市外") + "参保缴费凭证（" + place + "）";
    }

    private int age(int n) {
      return (int) ChronoUnit.YEARS.between(residents.get(n).birthDate(), BASE_DATE);
    }
  }
}
