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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.canbao.enrollment.api.ChangeRequestDraft;
import org.canbao.enrollment.api.ChangeRequestFacade;
import org.canbao.enrollment.api.ChangeRequestStatus;
import org.canbao.enrollment.api.ChangeRequestView;
import org.canbao.kernel.api.BusinessException;

/**
 * Change requests (变更申请): a village officer files one (then, optionally, its evidence file as the
 * raw body), a township officer approves or rejects it (the body is the note or the reason).
 */
@Path("change-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeRequestResource {
  /**
   * Evidence arrives as the raw body; read at most this much plus one byte, so that the facade can
   * name the limit.
   */
  private static final int READ_LIMIT = 64 * 1024 * 1024;

  @Inject ChangeRequestFacade requests;

  /** The requests of the caller's area, newest first, 100 from {@code first}. */
  @GET
  public List<ChangeRequestView> list(
      @QueryParam("status") ChangeRequestStatus status, @QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return requests.list(status, first, 100);
  }

  @GET
  @Path("{id}")
  public ChangeRequestView get(@PathParam("id") long id) {
    return requests.get(id);
  }

  @POST
  public ChangeRequestView submit(ChangeRequestDraft draft) {
    return requests.submit(draft, null, null);
  }

  /** Adds the evidence file of a pending request (the raw body; PDF, JPEG or PNG by content). */
  @POST
  @Path("{id}/evidence")
  @Consumes(MediaType.WILDCARD)
  public ChangeRequestView addEvidence(
      @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream content)
      throws IOException {
    byte[] bytes = content == null ? new byte[0] : content.readNBytes(READ_LIMIT + 1);
    return requests.addEvidence(id, fileName, bytes);
  }

  @GET
  @Path("{id}/evidence")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id) {
    return EvidenceDownload.of(requests.evidence(id));
  }

  /** Approves and applies the change; the body is an optional note. */
  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.WILDCARD)
  public ChangeRequestView approve(@PathParam("id") long id, String note) {
    return requests.approve(id, note);
  }

  /** Rejects the request; the body is the reason (required). */
  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.WILDCARD)
  public ChangeRequestView reject(@PathParam("id") long id, String reason) {
    return requests.reject(id, reason);
  }
}
