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
import java.io.InputStream;
import java.util.List;
import org.canbao.enrollment.api.ImportError;
import org.canbao.enrollment.api.ImportFacade;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.enrollment.api.ImportNote;
import org.canbao.enrollment.api.ImportView;
import org.canbao.kernel.api.BusinessException;

/**
 * Name lists from other systems (the police household register, department lists, later the tax
 * bureau's payment feed) through the same pipeline as uploads: POST the file's bytes, follow the
 * batch, commit it.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ImportResource {
  @Inject ImportFacade imports;

  @POST
  @Consumes(MediaType.WILDCARD)
  public ImportView start(
      @QueryParam("kind") String kind,
      @QueryParam("fileName") String fileName,
      @QueryParam("category") String category,
      @QueryParam("year") Integer year,
      InputStream content) {
    ImportKind k;
    try {
      k = ImportKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("kind", "名单类型应为 HOUSEHOLD_REGISTER、IDENTITY_LIST 或 PAYMENT_LIST");
    }
    return imports.start(k, fileName, content, category, year);
  }

  /**
   * The list kinds the caller may upload, and the identity categories a department provider may.
   */
  public record Uploadable(List<ImportKind> kinds, List<String> categories) {}

  @GET
  @Path("uploadable")
  public Uploadable uploadable() {
    return new Uploadable(imports.uploadableKinds(), imports.uploadableCategories());
  }

  @GET
  public List<ImportView> history() {
    return imports.history(100);
  }

  @GET
  @Path("{id}")
  public ImportView get(@PathParam("id") long id) {
    return imports.get(id);
  }

  @GET
  @Path("{id}/errors")
  public List<ImportError> errors(@PathParam("id") long id) {
    return imports.errors(id, 10_000);
  }

  /** Notes (提示) on accepted rows, e.g. an ID number whose county code Canbao does not know. */
  @GET
  @Path("{id}/notes")
  public List<ImportNote> notes(@PathParam("id") long id) {
    return imports.notes(id, 10_000);
  }

  @POST
  @Path("{id}/commit")
  public ImportView commit(@PathParam("id") long id) {
    return imports.commit(id);
  }

  /** Runs a failed check or commit again from where it stopped. */
  @POST
  @Path("{id}/restart")
  public ImportView restart(@PathParam("id") long id) {
    return imports.restart(id);
  }
}
