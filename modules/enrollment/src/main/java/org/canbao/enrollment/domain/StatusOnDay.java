package org.canbao.enrollment.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.InsuranceStatus.State;

/**
 * Whether a person has benefits on a day, from the benefit periods their active enrollment records
 * already carry (DOMAIN.md §5; the periods are computed once, when the record is made, by {@link
 * BenefitPeriod}, and are not computed again here).
 *
 * <ul>
 *   <li>a record whose period contains the day → insured (已参保);
 *   <li>employee insurance or insurance outside the district for the day's year → insured: Canbao
 *       holds no benefit period for them, the evidence says the person is insured that year;
 *   <li>otherwise a record whose period starts after the day — the waiting period (等待期, "缴费之日起
 *       90天后享受待遇") or next year's enrollment paid in the centralised period — → benefits start on
 *       the earliest such start (待遇自…起享受);
 *   <li>otherwise not insured (未参保); a period that ended before the day does not count.
 * </ul>
 */
public final class StatusOnDay {
  private StatusOnDay() {}

  /** The answer: a state and, where a resident record gives it, the benefit period. */
  public record Answer(State state, LocalDate benefitStart, LocalDate benefitEnd) {}

  /**
   * A record as the rule needs it: kind, insurance year, benefit period (null for other insurance).
   */
  public record Held(EnrollmentKind kind, int year, LocalDate start, LocalDate end) {
    public static Held of(EnrollmentRecord r) {
      return new Held(r.kind(), r.year(), r.benefitStart(), r.benefitEnd());
    }
  }

  public static Answer on(LocalDate day, List<Held> active) {
    Optional<Held> covering =
        active.stream()
            .filter(
                h ->
                    h.start() != null
                        && !day.isBefore(h.start())
                        && (h.end() == null || !day.isAfter(h.end())))
            .findFirst();
    if (covering.isPresent()) {
      return new Answer(State.INSURED, covering.get().start(), covering.get().end());
    }
    boolean otherInsurance =
        active.stream()
            .anyMatch(
                h ->
                    h.start() == null
                        && h.year() == day.getYear()
                        && (h.kind() == EnrollmentKind.EMPLOYEE_INSURANCE
                            || h.kind() == EnrollmentKind.INSURED_OUTSIDE));
    if (otherInsurance) {
      return new Answer(State.INSURED, null, null);
    }
    return active.stream()
        .filter(h -> h.start() != null && h.start().isAfter(day))
        .min(Comparator.comparing(Held::start))
        .map(h -> new Answer(State.WAITING, h.start(), h.end()))
        .orElse(new Answer(State.NOT_INSURED, null, null));
  }
}
