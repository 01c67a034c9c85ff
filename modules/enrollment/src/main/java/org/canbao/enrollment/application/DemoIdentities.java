package org.canbao.enrollment.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.canbao.enrollment.application.DemoPopulation.Identity;
import org.canbao.enrollment.application.DemoPopulation.Resident;

/**
 * Identities of the demo population, with the category codes of the identity-category reference
 * data (subsidies V1). A household's assistance identity is the whole household's (低保户, 脱贫户, 监测户 —
 * certified per household, recorded per member); 特困 is an old person living alone; disability,
 * family-planning and veterans' identities are a person's own. Shares per household roughly as in a
 * rural Chongqing township (fewer low-income and poverty-alleviated households in an urban
 * community). Most were certified years before the 2023 payment period; a few 低保 households left
 * the list in mid-2022 (no longer valid when they pay) and a few households were newly identified
 * in early 2023, after paying (the price stays frozen: "不再进行差额资助").
 */
final class DemoIdentities {
  private DemoIdentities() {}

  /** Household categories with their share of households: in a village, in an urban community. */
  private static final Object[][] HOUSEHOLD = {
    {"DIBAO", 0.028, 0.020},
    {"DIBAO_MARGINAL", 0.008, 0.006},
    {"STABLE_POST_POVERTY", 0.035, 0.008},
    {"UNSTABLE_POST_POVERTY", 0.003, 0.0005},
    {"MARGINAL_AT_RISK", 0.003, 0.001},
    {"SUDDEN_SEVERE_HARDSHIP", 0.001, 0.001},
    {"RETURNED_TO_POVERTY", 0.0008, 0.0005}
  };

  static void certify(Random r, boolean community, List<Resident> household, List<Identity> out) {
    double u = r.nextDouble();
    double sum = 0;
    String category = null;
    for (Object[] c : HOUSEHOLD) {
      sum += (double) c[community ? 2 : 1];
      if (u < sum) {
        category = (String) c[0];
        break;
      }
    }
    if (category != null) {
      LocalDate from = householdFrom(r, category);
      LocalDate to =
          category.equals("DIBAO") && r.nextDouble() < 0.06 ? LocalDate.of(2022, 6, 30) : null;
      // a fifth of the poverty-alleviated households also receive 低保 (兜底保障): the higher subsidy
      // wins (就高)
      LocalDate alsoDibao =
          category.equals("STABLE_POST_POVERTY") && r.nextDouble() < 0.2
              ? date(r, 2016, 2022)
              : null;
      for (Resident p : household) {
        out.add(new Identity(p.no(), category, from, to));
        if (alsoDibao != null) {
          out.add(new Identity(p.no(), "DIBAO", alsoDibao, null));
        }
      }
    }
    for (Resident p : household) {
      int age = (int) ChronoUnit.YEARS.between(p.birthDate(), DemoPopulation.BASE_DATE);
      if (household.size() == 1 && age >= 60 && category == null && r.nextDouble() < 0.10) {
        out.add(new Identity(p.no(), "TEKUN", date(r, 2010, 2022), null));
      }
      if (r.nextDouble() < 0.006) {
        out.add(new Identity(p.no(), "SEVERE_DISABILITY", date(r, 2014, 2022), null));
      }
      if (age >= 60 && r.nextDouble() < 0.04) {
        // 奖励扶助 from the year the parent turns 60
        LocalDate sixty = p.birthDate().plusYears(60).withDayOfYear(1).plusYears(1);
        out.add(
            new Identity(
                p.no(),
                "FP_REWARD",
                sixty.isAfter(LocalDate.of(2022, 1, 1)) ? LocalDate.of(2022, 1, 1) : sixty,
                null));
      } else if (age >= 49 && r.nextDouble() < 0.003) {
        out.add(new Identity(p.no(), "FP_SPECIAL_SUPPORT", date(r, 2012, 2022), null));
      }
      if (age >= 55 && r.nextDouble() < 0.003) {
        out.add(new Identity(p.no(), "KEY_ENTITLED_RURAL", date(r, 2008, 2022), null));
      }
      if (age >= 85 && p.sex().equals("男") && r.nextDouble() < 0.04) {
        out.add(new Identity(p.no(), "OLD_DEMOBILIZED_SOLDIER", date(r, 2000, 2015), null));
      }
      if (age < 16 && r.nextDouble() < 0.001) {
        out.add(new Identity(p.no(), "ORPHAN", date(r, 2018, 2022), null));
      }
    }
  }

  /** When a household's identity began: mostly years ago, 5% newly identified in early 2023. */
  private static LocalDate householdFrom(Random r, String category) {
    if (!category.equals("STABLE_POST_POVERTY") && r.nextDouble() < 0.05) {
      return LocalDate.of(2023, 1 + r.nextInt(4), 1);
    }
    return switch (category) {
      case "STABLE_POST_POVERTY" -> date(r, 2015, 2020);
      case "DIBAO" -> date(r, 2012, 2022);
      case "RETURNED_TO_POVERTY" -> date(r, 2021, 2022);
      default -> date(r, 2020, 2022);
    };
  }

  /** The first of a month between January of {@code from} and September of {@code to}. */
  private static LocalDate date(Random r, int from, int to) {
    LocalDate d = LocalDate.of(from, 1, 1).plusMonths(r.nextInt((to - from) * 12 + 9));
    return d.isAfter(LocalDate.of(2022, 9, 1)) ? LocalDate.of(2022, 9, 1) : d;
  }
}
