package org.canbao.enrollment.api;

/** Prices a payment (asking subsidies for the policy) and works out its benefit period. */
public interface QuoteFacade {
  Quote quote(QuoteRequest request);
}
