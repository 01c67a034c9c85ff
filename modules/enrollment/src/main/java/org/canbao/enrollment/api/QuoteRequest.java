package org.canbao.enrollment.api;

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
    String districtCode,
    Set<String> categories,
    int year,
    InsuredType insuredType,
    Tier tier,
    LocalDate paymentDate,
    LocalDate birthDate,
    boolean employeeInsuranceLapsedWithin3Months,
    boolean graduating,
    /** For given identities: the household type (农村/城镇), null when unknown; a registered person's own is used otherwise. */
    HouseholdType householdType)
    implements Serializable {

  /** The same request for a person whose employee insurance stopped within 3 months before the payment. */
  public QuoteRequest afterEmployeeInsuranceStopped() {
    return new QuoteRequest(personId, districtCode, categories, year, insuredType, tier, paymentDate, birthDate, true, graduating, householdType);
  }

  /** The same request for a person of the given household type. */
  public QuoteRequest forHousehold(HouseholdType type) {
    return new QuoteRequest(personId, districtCode, categories, year, insuredType, tier, paymentDate, birthDate,
        employeeInsuranceLapsedWithin3Months, graduating, type);
  }
}
