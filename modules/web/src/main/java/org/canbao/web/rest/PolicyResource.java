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
import java.io.InputStream;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.subsidies.api.PolicyData;
import org.canbao.subsidies.api.PolicyFacade;

/** Yearly policy versions: read, write drafts, copy to a new year, validate, publish. */
@Path("policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {
  @Inject PolicyFacade policies;

  @GET
  public List<PolicyData> list() {
    return policies.list();
  }

  @GET
  @Path("{id}")
  public PolicyData get(@PathParam("id") long id) {
    return policies.get(id);
  }

  /** Creates a draft (no id) for a region and year. */
  @POST
  public PolicyData create(PolicyData draft) {
    if (draft.id() != null) {
      throw new BusinessException("id", "新建草稿不能带 id，修改草稿请用 PUT /api/policies/{id}");
    }
    return policies.saveDraft(draft);
  }

  @PUT
  @Path("{id}")
  public PolicyData save(@PathParam("id") long id, PolicyData draft) {
    return policies.saveDraft(
        new PolicyData(
            id,
            draft.regionCode(),
            draft.year(),
            draft.status(),
            draft.versionNo(),
            draft.centralisedFrom(),
            draft.centralisedTo(),
            draft.lastPaymentDate(),
            draft.fiscalCutoff(),
            draft.fiscalSubsidyPerPerson(),
            draft.standards(),
            draft.rules()));
  }

  @GET
  @Path("{id}/problems")
  public List<String> problems(@PathParam("id") long id) {
    return policies.validate(id);
  }

  @POST
  @Path("{id}/copy")
  public PolicyData copy(@PathParam("id") long id, @QueryParam("year") int year) {
    return policies.copyToYear(id, year);
  }

  /** The version in the layout of the Songgai 2023 work plan, attachment 2. */
  @GET
  @Path("{id}/songgai.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public byte[] exportSheet(@PathParam("id") long id) {
    return policies.exportSonggaiLayout(id);
  }

  @POST
  @Path("{id}/songgai.xlsx")
  @Consumes(MediaType.WILDCARD)
  public PolicyData importSheet(@PathParam("id") long id, InputStream content) {
    return policies.importSonggaiLayout(id, "songgai.xlsx", content);
  }

  @POST
  @Path("{id}/publish")
  public PolicyData publish(@PathParam("id") long id) {
    return policies.publish(id);
  }
}
