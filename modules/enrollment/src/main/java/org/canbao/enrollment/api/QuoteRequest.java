package org.canbao.enrollment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;

/**
 * A payment to quote: either a registered person (their identities valid on the payment date count)
 * or, for the preview calculator and other systems, identities and a district given directly.
 */
public record QuoteRequest(
    Long personId,
    @Pattern(regexp = "\\s*\\d{6}\\s*", message = "区县代码应为6位数字") String districtCode,
    Set<String> categories,
    int year,
    @NotNull(message = QuoteRequest.INSURED_TYPE_MISSING) InsuredType insuredType,
    @NotNull(message = QuoteRequest.TIER_MISSING) Tier tier,
    @NotNull(message = QuoteRequest.PAYMENT_DATE_MISSING) LocalDate paymentDate,
    LocalDate birthDate,
    boolean employeeInsuranceLapsedWithin3Months,
    boolean graduating,
    /**
     * For given identities: the household type (农村/城镇), null when unknown; a registered person's
     * own is used otherwise.
     */
    HouseholdType householdType)
    implements Serializable {
  static final String INSURED_TYPE_MISSING = "请选择参保类型";
  static final String TIER_MISSING = "请选择档次";
  static final String PAYMENT_DATE_MISSING = "请填写缴费日期";

  /**
   * The same request for a person whose employee insurance stopped within 3 months before the
   * payment.
   */
  public QuoteRequest afterEmployeeInsuranceStopped() {
    return new QuoteRequest(
        personId,
        districtCode,
        categories,
        year,
        insuredType,
        tier,
        paymentDate,
        birthDate,
        true,
        graduating,
        householdType);
  }

  /** The same request for a person of the given household type. */
  public QuoteRequest forHousehold(HouseholdType type) {
    return new QuoteRequest(
        personId,
        districtCode,
        categories,
        year,
        insuredType,
        tier,
        paymentDate,
        birthDate,
        employeeInsuranceLapsedWithin3Months,
        graduating,
        type);
  }
}
