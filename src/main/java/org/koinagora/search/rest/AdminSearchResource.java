package org.koinagora.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.accounts.Role;
import org.koinagora.search.SearchService;

/** An ADMIN rebuilds the search index from the database, as the button at /admin does. */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminSearchResource {

  /** How many listings the rebuilt index holds. */
  public record Rebuilt(int indexed) {}

  @Inject private SearchService search;
  @Inject private CurrentUser currentUser;

  @POST
  @Path("rebuild")
  public Rebuilt rebuild() {
    currentUser.require(Role.ADMIN);
    return new Rebuilt(search.rebuild());
  }

  /** Catches up with changes the index missed (made while it was closed, or on another node). */
  @POST
  @Path("reconcile")
  public Rebuilt reconcile() {
    currentUser.require(Role.ADMIN);
    return new Rebuilt(search.reconcile());
  }
}
