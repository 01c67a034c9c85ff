package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.canbao.enrollment.api.EnrollmentFacade;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.EnrollmentView;
import org.canbao.enrollment.api.PaymentDraft;

/** Registers payments (priced and frozen), other insured states and reversals. */
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
  @Inject EnrollmentFacade enrollments;

  @POST
  public EnrollmentView register(PaymentDraft draft) {
    return enrollments.registerPayment(draft);
  }

  /** Employee insurance or insured outside the district, with the evidence reference. */
  @POST
  @Path("other")
  public EnrollmentView other(@QueryParam("personId") long personId, @QueryParam("year") int year,
      @QueryParam("kind") EnrollmentKind kind, @QueryParam("evidence") String evidence) {
    return enrollments.recordOtherInsurance(personId, year, kind, evidence);
  }

  /** Reverses a record; the body is the reason. */
  @POST
  @Path("{id}/reverse")
  @Consumes(MediaType.WILDCARD)
  public EnrollmentView reverse(@PathParam("id") long id, String reason) {
    return enrollments.reverse(id, reason);
  }

  @GET
  public List<EnrollmentView> ofPerson(@QueryParam("personId") long personId) {
    return enrollments.records(personId);
  }
}
