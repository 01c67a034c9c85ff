package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.canbao.enrollment.api.Quote;
import org.canbao.enrollment.api.QuoteFacade;
import org.canbao.enrollment.api.QuoteRequest;

/**
 * Quotes a payment: contribution, subsidy with the rule and category applied, funding source,
 * individual share, benefit start and end — or the reason it is refused.
 */
@Path("quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {
  @Inject QuoteFacade quotes;

  @POST
  public Quote quote(QuoteRequest request) {
    return quotes.quote(request);
  }
}
