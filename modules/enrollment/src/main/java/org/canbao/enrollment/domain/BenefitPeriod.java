package org.canbao.enrollment.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.InsuranceYear;

/**
 * When benefits run for a payment (待遇享受, Shetan 2023 §3(3) and §4(3)):
 *
 * <ul>
 *   <li>paid in the centralised period: 1 January to 31 December of the insurance year;
 *   <li>a newborn insured on its own within 90 days of birth: from the birth date;
 *   <li>late, in January or February: from the 1st of the month after payment;
 *   <li>from 1 March: 90 days after the payment date (等待期);
 *   <li>no waiting period — from the payment date — for the low-income categories, stable
 *       post-poverty people and people joining within 3 months of their employee insurance stopping
 *       ("不设等待期");
 *   <li>college students' year runs September to August; graduates' benefits run to 31 December;
 *   <li>no payment after the last payment date.
 * </ul>
 *
 * Interpretation where the notices are silent: "within 90 days of birth" counts the birth date as
 * day 0, so a payment 90 days after birth is still within; exempt people paying in the centralised
 * period get the whole year like everyone else.
 */
public record BenefitPeriod(LocalDate start, LocalDate end, String basis) {
  /** The insurance year's payment periods, from its policy. */
  public record Periods(
      InsuranceYear year,
      LocalDate centralisedFrom,
      LocalDate centralisedTo,
      LocalDate lastPaymentDate) {}

  /** Facts about the payer that change the rule. */
  public record Payer(
      boolean newborn,
      LocalDate birthDate,
      boolean noWaitingPeriod,
      boolean collegeStudent,
      boolean graduating) {
    public static Payer ordinary() {
      return new Payer(false, null, false, false, false);
    }
  }

  public static BenefitPeriod of(Periods p, Payer payer, LocalDate paid) {
    if (paid.isAfter(p.lastPaymentDate())) {
      throw new BusinessException(
          "paymentDate", "缴费日期" + paid + "晚于最后缴费日期" + p.lastPaymentDate() + "，不再受理");
    }
    if (paid.isBefore(p.centralisedFrom())) {
      throw new BusinessException(
          "paymentDate", p.year() + "集中参保期自" + p.centralisedFrom() + "开始，此前不受理缴费");
    }
    LocalDate yearStart = p.year().firstDay();
    LocalDate end = p.year().lastDay();
    if (payer.collegeStudent()) {
      yearStart = LocalDate.of(p.year().value() - 1, 9, 1);
      end = payer.graduating() ? p.year().lastDay() : LocalDate.of(p.year().value(), 8, 31);
    }
    if (payer.newborn()
        && payer.birthDate() != null
        && ChronoUnit.DAYS.between(payer.birthDate(), paid) <= 90) {
      return new BenefitPeriod(
          max(payer.birthDate(), p.year().firstDay()), end, "新生儿出生90日内独立参保，自出生之日起享受");
    }
    if (!paid.isAfter(p.centralisedTo())) {
      return new BenefitPeriod(yearStart, end, "集中参保期内缴费，全年享受");
    }
    if (payer.noWaitingPeriod()) {
      return new BenefitPeriod(max(paid, yearStart), end, "不设等待期，自缴费之日起享受");
    }
    if (paid.getYear() == p.year().value() && paid.getMonthValue() <= 2) {
      return new BenefitPeriod(paid.withDayOfMonth(1).plusMonths(1), end, "1-2月缴费，自缴费次月起享受");
    }
    LocalDate start = paid.plusDays(90);
    if (start.isAfter(end)) {
      throw new BusinessException("paymentDate", "缴费后90日等待期已超过本年度待遇期，请核实缴费日期");
    }
    return new BenefitPeriod(max(start, yearStart), end, "3月1日及以后缴费，等待期满90日后享受");
  }

  /**
   * A newborn not insured on its own follows its guardian, who is insured that year, from birth
   * ("不独立参保且其法定监护人当年已参加居民医保缴费的新生儿，自出生之日起自动随法定监护人参保"): from the birth date to the end of the
   * guardian's benefits. Interpretation: the guardian's own waiting period does not delay the
   * newborn (the notice says "自出生之日起"), but a newborn born after the guardian's benefits have ended
   * (a non-graduating college student's year ends 31 August) has nothing to follow.
   */
  public static BenefitPeriod followingGuardian(
      InsuranceYear year, LocalDate birth, BenefitPeriod guardian) {
    requireBornIn(year, birth);
    if (birth.isAfter(guardian.end())) {
      throw new BusinessException(
          "birthDate", "新生儿出生日期" + birth + "晚于监护人待遇截止日期" + guardian.end() + "，不能随其参保");
    }
    return new BenefitPeriod(birth, guardian.end(), "新生儿随法定监护人参保，自出生之日起享受");
  }

  /** Only a child born in the insurance year is a newborn of that year ("当年出生的新生儿"). */
  public static void requireBornIn(InsuranceYear year, LocalDate birth) {
    if (birth.getYear() != year.value()) {
      throw new BusinessException(
          "birthDate", "出生日期" + birth + "不在" + year.value() + "年内，随监护人参保仅适用于当年出生的新生儿");
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
