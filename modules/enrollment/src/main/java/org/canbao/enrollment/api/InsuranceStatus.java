package org.canbao.enrollment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's insurance status on one day, for the medical-institution check (即保即享受) and nothing
 * else. {@code state}, {@code benefitStart} and {@code benefitEnd} are the answer a hospital may
 * see; the rest (who the person is, where registered, which identities they hold) is for the
 * reporting module's follow-up of poor people found uninsured and must never reach the hospital.
 * {@code personId} is null when nobody with the ID number is registered: the hospital's answer is
 * then the same as for a registered person without insurance.
 */
public record InsuranceStatus(
    State state,
    LocalDate benefitStart,
    LocalDate benefitEnd,
    Long personId,
    Long villageId,
    String villagePath,
    /** Codes of the identity categories valid on the day. */
    List<String> categoryCodes)
    implements Serializable {

  public InsuranceStatus {
    categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
  }

  /** The three answers of the check. */
  public enum State {
    /** 已参保: benefits apply on the day. */
    INSURED("已参保"),
    /** Enrolled, benefits start later (waiting period 等待期, or next year's enrollment). */
    WAITING("待遇尚未开始"),
    /** 未参保: no enrollment gives benefits on the day or later (or not registered at all). */
    NOT_INSURED("未参保");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
