package org.canbao.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteRequest;
import org.canbao.kernel.api.InsuredType;
import org.canbao.kernel.api.Tier;
import org.canbao.subsidies.api.CategoryGroup;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.api.Pricing;
import org.canbao.subsidies.api.WaitingPeriodExemption;
import org.junit.jupiter.api.Test;

/**
 * Who skips the waiting period is the category's data, not a code in the quote: a category the
 * district adds (any code, any group) and marks exempt spares a late payer the wait; the same
 * category left at "须经等待期" does not. PolicyIT#aNewCategoryCanBeSparedTheWaitingPeriod does the same
 * through the categories API and the quote API.
 */
class NewCategoryExemptionTest {
  private static final LocalDate PAID = LocalDate.of(2023, 4, 10);
  private static final String CODE = "FLOOD_AFFECTED_2023";

  private static Quote quote(WaitingPeriodExemption exemption) {
    CategoryView added =
        new CategoryView(
            99,
            CODE,
            "2023年受灾困难群众",
            "应急管理局",
            CategoryGroup.OTHER,
            true,
            990,
            exemption,
            InsuredType.RESIDENT);
    QuoteRequest q =
        new QuoteRequest(
            null,
            "500118",
            Set.of(CODE),
            2023,
            InsuredType.RESIDENT,
            Tier.TIER_1,
            PAID,
            null,
            false,
            false,
            null);
    Pricing.Result price =
        new Pricing.Result(
            1,
            "500000",
            new BigDecimal("350"),
            BigDecimal.ZERO,
            new BigDecimal("350"),
            null,
            null,
            null,
            null,
            LocalDate.of(2022, 9, 1),
            LocalDate.of(2022, 12, 31),
            LocalDate.of(2023, 6, 30),
            BigDecimal.ZERO,
            null,
            null);
    return QuoteService.complete(q, Set.of(CODE), null, price, Map.of(CODE, added), List.of());
  }

  @Test
  void aNewCategoryMarkedExemptStartsBenefitsOnThePaymentDay() {
    Quote exempt = quote(WaitingPeriodExemption.ALWAYS);
    assertThat(exempt.refusal()).isNull();
    assertThat(exempt.benefitStart()).isEqualTo(PAID);
    assertThat(exempt.notes()).contains("2023年受灾困难群众不设等待期");
  }

  @Test
  void theSameCategoryNotExemptWaits() {
    assertThat(quote(WaitingPeriodExemption.NONE).benefitStart()).isEqualTo(PAID.plusDays(90));
  }
}
