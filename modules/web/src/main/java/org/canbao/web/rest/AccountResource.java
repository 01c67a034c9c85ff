package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.canbao.kernel.api.UserFacade;
import org.canbao.kernel.api.UserView;

/** The calling account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AccountResource {
  @Inject UserFacade users;

  @GET
  public UserView me() {
    return users.me();
  }
}
