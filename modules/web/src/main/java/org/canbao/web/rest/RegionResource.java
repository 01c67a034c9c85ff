package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.canbao.kernel.api.RegionFacade;
import org.canbao.kernel.api.RegionView;

/** Regions of the caller's area. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class RegionResource {
  @Inject RegionFacade regions;

  @GET
  @Path("mine")
  public RegionView mine() {
    return regions.callerRegion();
  }

  @GET
  @Path("{id}")
  public RegionView region(@PathParam("id") long id) {
    return regions.region(id);
  }

  @GET
  @Path("{id}/children")
  public List<RegionView> children(@PathParam("id") long id) {
    return regions.children(id);
  }

  @GET
  public List<RegionView> search(@QueryParam("name") String name) {
    return regions.search(name, 100);
  }
}
