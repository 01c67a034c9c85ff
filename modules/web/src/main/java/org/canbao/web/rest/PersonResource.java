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
import org.canbao.enrollment.api.PersonDetail;
import org.canbao.enrollment.api.PersonFacade;
import org.canbao.enrollment.api.PersonQuery;
import org.canbao.enrollment.api.PersonStatus;
import org.canbao.enrollment.api.PersonView;
import org.canbao.kernel.api.BusinessException;

/** The person registry of the caller's area. */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PersonResource {
  @Inject PersonFacade persons;

  @GET
  public List<PersonView> search(
      @QueryParam("idNumber") String idNumber,
      @QueryParam("name") String name,
      @QueryParam("category") String category,
      @QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return persons.search(new PersonQuery(idNumber, name, null, category), first, 100);
  }

  @GET
  @Path("{id}")
  public PersonDetail detail(@PathParam("id") long id) {
    return persons.detail(id);
  }

  /** A registry status and the date it holds from (a death, a move out of the district...). */
  public record StatusChange(PersonStatus status, LocalDate since) {}

  /**
   * Records what the police register says of a person: deceased, moved out, missing, in military
   * service, married out.
   */
  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public PersonView changeStatus(@PathParam("id") long id, StatusChange change) {
    return change == null
        ? persons.changeStatus(id, null, null)
        : persons.changeStatus(id, change.status(), change.since());
  }
}
