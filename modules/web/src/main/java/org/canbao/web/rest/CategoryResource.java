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
import java.util.List;
import org.canbao.subsidies.api.CategoryDraft;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;

/** Identity categories: everyone reads them; administrators add and edit them. */
@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {
  @Inject CategoryFacade categories;

  @GET
  public List<CategoryView> list(@QueryParam("all") boolean all) {
    return categories.list(all);
  }

  @POST
  public CategoryView create(CategoryDraft draft) {
    return categories.create(draft);
  }

  @PUT
  @Path("{id}")
  public CategoryView update(@PathParam("id") long id, CategoryDraft draft) {
    return categories.update(id, draft);
  }
}
