package org.koinagora.invoicing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.invoicing.SalesDocumentFiles;

/**
 * {@code GET /api/v1/documents/{id}.pdf}: a receipt, invoice or cancellation, for the order's buyer
 * (signed in, or holding the order's reference as {@code ?ref=}) and those who act for the
 * enterprise; 404 for anyone else.
 */
@Path("documents")
public class DocumentResource {

  @Inject private SalesDocumentFiles files;
  @Inject private CurrentUser currentUser;

  @GET
  @Path("{id: \\d+}.pdf")
  public Response pdf(@PathParam("id") long id, @QueryParam("ref") String reference) {
    var file = files.pdf(id, reference, currentUser.get());
    return Response.ok(file.content(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + file.name() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
