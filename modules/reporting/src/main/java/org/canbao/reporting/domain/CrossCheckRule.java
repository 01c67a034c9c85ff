package org.canbao.reporting.domain;

import java.util.Optional;
import org.canbao.reporting.api.FollowUpReason;

/**
 * Who of the people compared belongs in the uninsured list, and with which reason already known.
 *
 * <p>"未参保人员要逐一核实未参保原因……死亡、迁出、失踪、服兵役、婚嫁外出等要有佐证材料" (Fuling notices, DOMAIN.md
 * §6): every registered person not insured for the year is listed, whatever the register says of them
 * — a person the police register shows as deceased or moved out is listed too, with that reason filled
 * in, because the ledger must hold the evidence for it. Insured is any active enrollment record of the
 * year (resident payment, employee insurance, insured outside, following a guardian); a reversed
 * record does not count (that is how a payment is cancelled and how employee insurance that lapsed is
 * ended), which enrollment's view {@code v_insured_person} already holds.
 */
public final class CrossCheckRule {
  private CrossCheckRule() {}

  /** Whether a person compared belongs in the uninsured list. */
  public static boolean uninsured(boolean insured) {
    return !insured;
  }

  /** The reason the register's status already gives (enrollment's {@code PersonStatus} names), if any. */
  public static Optional<FollowUpReason> reasonFromRegister(String registryStatus) {
    if (registryStatus == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(switch (registryStatus) {
      case "DECEASED" -> FollowUpReason.DECEASED;
      case "MOVED_OUT" -> FollowUpReason.HOUSEHOLD_MOVED;
      case "MISSING" -> FollowUpReason.MISSING;
      case "MILITARY" -> FollowUpReason.MILITARY;
      case "MARRIED_OUT" -> FollowUpReason.MARRIED_OUT;
      default -> null;
    });
  }
}
