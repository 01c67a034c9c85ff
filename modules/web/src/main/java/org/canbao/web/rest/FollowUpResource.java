package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.reporting.api.CrossCheckKind;
import org.canbao.reporting.api.CrossCheckResult;
import org.canbao.reporting.api.FollowUpFacade;
import org.canbao.reporting.api.FollowUpQuery;
import org.canbao.reporting.api.FollowUpReason;
import org.canbao.reporting.api.FollowUpStatus;
import org.canbao.reporting.api.FollowUpView;

/** The uninsured follow-up ledger (台账) and the cross-checks (比对) of the caller's area. */
@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {
  /**
   * Evidence arrives as the raw body; read at most this much plus one byte, so that the facade can
   * name the limit.
   */
  private static final int READ_LIMIT = 64 * 1024 * 1024;

  @Inject FollowUpFacade ledger;

  /** The reason (with a note) and status to record. */
  public record FollowUpUpdate(FollowUpReason reason, String note, FollowUpStatus status) {}

  @GET
  public List<FollowUpView> list(
      @QueryParam("year") int year,
      @QueryParam("areaId") Long areaId,
      @QueryParam("reason") FollowUpReason reason,
      @QueryParam("status") FollowUpStatus status,
      @QueryParam("outOfCity") boolean outOfCity,
      @QueryParam("text") String text,
      @QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return ledger.list(
        new FollowUpQuery(year, areaId, reason, status, outOfCity, text), first, 100);
  }

  @GET
  @Path("{id}")
  public FollowUpView get(@PathParam("id") long id) {
    return ledger.get(id);
  }

  /** Runs a cross-check for an area; {@code month} (yyyy-MM) for the newly identified only. */
  @POST
  @Path("cross-check")
  @Consumes(MediaType.WILDCARD)
  public CrossCheckResult crossCheck(
      @QueryParam("kind") CrossCheckKind kind,
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("month") String month) {
    return ledger.crossCheck(kind, year, areaId, month);
  }

  @PUT
  @Path("{id}")
  public FollowUpView update(@PathParam("id") long id, FollowUpUpdate u) {
    return u == null
        ? ledger.update(id, null, null, null)
        : ledger.update(id, u.reason(), u.note(), u.status());
  }

  /** Adds an evidence file (the raw body; PDF, JPEG or PNG by content). */
  @POST
  @Path("{id}/evidence")
  @Consumes(MediaType.WILDCARD)
  public FollowUpView addEvidence(
      @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream content)
      throws IOException {
    byte[] bytes = content == null ? new byte[0] : content.readNBytes(READ_LIMIT + 1);
    return ledger.addEvidence(id, fileName, bytes);
  }

  @GET
  @Path("evidence/{id}")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id) {
    return EvidenceDownload.of(ledger.evidence(id));
  }
}
