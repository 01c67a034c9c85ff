package org.canbao.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.FollowUpReason;

/**
 * Who of the people compared belongs in the uninsured list, and with which reason already known.
 *
 * <p>"未参保人员要逐一核实未参保原因……死亡、迁出、失踪、服兵役、婚嫁外出等要有佐证材料" (Fuling notices, DOMAIN.md §6): every registered
 * person not insured for the year is listed, whatever the register says of them — a person the
 * police register shows as deceased or moved out is listed too, with that reason filled in, because
 * the ledger must hold the evidence for it. Insured is any active enrollment record of the year
 * (resident payment, employee insurance, insured outside, following a guardian); a reversed record
 * does not count (that is how a payment is cancelled and how employee insurance that lapsed is
 * ended), which enrollment's view {@code v_insured_person} already holds.
 *
 * <p>The register check applies these rules in set-based SQL ({@code
 * reporting.infrastructure.JdbcCrossCheckStore}): its CASE of register statuses is generated from
 * {@link #registerReasons()}, and "uninsured" is "no row of {@code v_insured_person} for the year",
 * which is {@link #uninsured} of that row's existence.
 */
public final class CrossCheckRule {
  private CrossCheckRule() {}

  /** The register's statuses that give a reason, in one place. */
  private static final Map<PersonStatus, FollowUpReason> REGISTER_REASONS;

  static {
    Map<PersonStatus, FollowUpReason> m = new EnumMap<>(PersonStatus.class);
    m.put(PersonStatus.DECEASED, FollowUpReason.DECEASED);
    m.put(PersonStatus.MOVED_OUT, FollowUpReason.HOUSEHOLD_MOVED);
    m.put(PersonStatus.MISSING, FollowUpReason.MISSING);
    m.put(PersonStatus.MILITARY, FollowUpReason.MILITARY);
    m.put(PersonStatus.MARRIED_OUT, FollowUpReason.MARRIED_OUT);
    REGISTER_REASONS = Collections.unmodifiableMap(m);
  }

  /**
   * Register status → the reason it gives; statuses not named give none (a normal person: to be
   * found out).
   */
  public static Map<PersonStatus, FollowUpReason> registerReasons() {
    return REGISTER_REASONS;
  }

  /** Whether a person compared belongs in the uninsured list. */
  public static boolean uninsured(boolean insured) {
    return !insured;
  }

  /** The reason the register's status already gives, if any. */
  public static Optional<FollowUpReason> reasonFromRegister(PersonStatus registryStatus) {
    if (registryStatus == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(REGISTER_REASONS.get(registryStatus));
  }

  /**
   * The month of an employee-insurance lapse check (职工医保断保核查) for insurance year {@code year}: a
   * month of that year, not after the current one. People whose employee insurance stopped on or
   * before the month's last day are checked.
   */
  public static YearMonth lapseMonth(YearMonth month, int year, LocalDate today) {
    if (month.getYear() != year) {
      throw new BusinessException(
          "month", "核查月份" + month + "不在" + year + "年度内，请选择" + year + "年的月份");
    }
    if (month.isAfter(YearMonth.from(today))) {
      throw new BusinessException("month", "核查月份" + month + "尚未到来，只能核查本月及以前的月份");
    }
    return month;
  }

  /**
   * The first day the college-student check of insurance year {@code year} may run: 1 September of
   * the year before.
   */
  public static LocalDate collegeCheckOpens(int year) {
    return LocalDate.of(year - 1, 9, 1);
  }

  /**
   * The college-student check (大学生参保核查) runs after August: students enrol for the next insurance
   * year with the new academic year, so before 1 September of {@code year - 1} nobody is behind
   * yet.
   */
  public static void requireCollegeCheckOpen(int year, LocalDate today) {
    LocalDate opens = collegeCheckOpens(year);
    if (today.isBefore(opens)) {
      throw new BusinessException(
          "year", year + "年度大学生参保核查自" + opens + "起方可进行（每年8月后核查下一年度），今天是" + today);
    }
  }
}
