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
import java.time.LocalDate;
import java.util.List;
import org.canbao.enrollment.api.EnrollmentFacade;
import org.canbao.enrollment.api.EnrollmentKind;
import org.canbao.enrollment.api.EnrollmentView;
import org.canbao.enrollment.api.PaymentDraft;
import org.canbao.kernel.api.BusinessException;

/**
 * Registers payments (priced and frozen), other insured states, newborns following a guardian,
 * reversals.
 */
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
  public EnrollmentView other(
      @QueryParam("personId") long personId,
      @QueryParam("year") int year,
      @QueryParam("kind") EnrollmentKind kind,
      @QueryParam("evidence") String evidence) {
    return enrollments.recordOtherInsurance(personId, year, kind, evidence);
  }

  /** A newborn to record as following its guardian, found by the guardian's ID number. */
  public record FollowingGuardian(long personId, int year, String guardianIdNumber) {}

  /**
   * A newborn of the year follows its guardian, who paid that year. The guardian's ID number comes
   * in the JSON body, not in the address, so that it stays out of access logs.
   */
  @POST
  @Path("following-guardian")
  public EnrollmentView followingGuardian(FollowingGuardian request) {
    return enrollments.recordFollowingGuardian(
        request.personId(), request.year(), request.guardianIdNumber());
  }

  /** Reverses a record; the body is the reason. */
  @POST
  @Path("{id}/reverse")
  @Consumes(MediaType.WILDCARD)
  public EnrollmentView reverse(@PathParam("id") long id, String reason) {
    return enrollments.reverse(id, reason);
  }

  /** Employee insurance stopped: the day (yyyy-MM-dd) and the reason. */
  public record EmployeeInsuranceStop(LocalDate stoppedOn, String reason) {}

  /**
   * Employee insurance stopped (职工医保停保) on a day, for a reason: the active employee-insurance
   * record insures no more, and the person appears in the month's lapse check (职工医保跟踪台账).
   */
  @POST
  @Path("{id}/stop")
  public EnrollmentView stop(@PathParam("id") long id, EmployeeInsuranceStop request) {
    if (request == null) {
      throw new BusinessException("stoppedOn", "请填写停保日期和停保原因");
    }
    return enrollments.stopEmployeeInsurance(id, request.stoppedOn(), request.reason());
  }

  @GET
  public List<EnrollmentView> ofPerson(@QueryParam("personId") long personId) {
    return enrollments.records(personId);
  }
}
