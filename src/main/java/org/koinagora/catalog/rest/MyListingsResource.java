package org.koinagora.catalog.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.catalog.ListingService;
import org.koinagora.catalog.csv.ImportRefusedException;
import org.koinagora.catalog.csv.ListingCsvImport;
import org.koinagora.catalog.images.ImageProcessor;
import org.koinagora.catalog.images.ImageRejectedException;
import org.koinagora.shared.i18n.Language;
import org.koinagora.shared.i18n.Texts;

/** An enterprise member's own listings: create, edit, archive, add and remove pictures. */
@Path("me/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyListingsResource {

  @Inject private ListingService listings;
  @Inject private ListingCsvImport csvImport;
  @Inject private CurrentUser currentUser;
  @Context private HttpServletRequest request;

  /**
   * The listings of the caller's enterprises; with {@code ?enterprise=}, of that one (theirs, or
   * one that delegated access to their support centre).
   */
  @GET
  public List<ProductView> mine(@QueryParam("enterprise") Long enterprise) {
    var user = currentUser.require();
    return (enterprise == null ? listings.ofMember(user) : listings.ofEnterprise(user, enterprise))
        .stream().map(l -> ProductView.of(l, locale())).toList();
  }

  @POST
  public Response create(ListingRequest body) {
    var user = currentUser.require();
    var draft = ListingRequests.toDraft(body);
    var listing = listings.create(user, body.enterprise(), draft, ListingRequests.booking(body));
    return Response.created(URI.create("/api/v1/products/" + listing.getId()))
        .entity(ProductView.of(listing, locale()))
        .build();
  }

  @PUT
  @Path("{id}")
  public ProductView update(@PathParam("id") long id, ListingRequest body) {
    var user = currentUser.require();
    return ProductView.of(
        listings.update(user, id, ListingRequests.toDraft(body), ListingRequests.booking(body)),
        locale());
  }

  @DELETE
  @Path("{id}")
  public ProductView archive(@PathParam("id") long id) {
    return ProductView.of(listings.archive(currentUser.require(), id), locale());
  }

  /** The body is the picture itself (JPEG, PNG or WebP, at most 5 MB). */
  @POST
  @Path("{id}/images")
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  public Response addImage(@PathParam("id") long id, InputStream body) throws IOException {
    var user = currentUser.require();
    byte[] upload = body.readNBytes(ImageProcessor.MAX_BYTES + 1);
    if (upload.length > ImageProcessor.MAX_BYTES) {
      throw new ImageRejectedException(413, "image.too_big");
    }
    var image = listings.addImage(user, id, upload);
    return Response.created(URI.create(image.getUrl()))
        .entity(
            new ImageView(
                image.getId(),
                image.getUrl(),
                image.getThumbnailUrl(),
                image.getWidth(),
                image.getHeight()))
        .build();
  }

  @DELETE
  @Path("{id}/images/{imageId}")
  public Response removeImage(@PathParam("id") long id, @PathParam("imageId") long imageId) {
    listings.removeImage(currentUser.require(), id, imageId);
    return Response.noContent().build();
  }

  /**
   * Imports listings from CSV (UTF-8, {@code ;} or {@code ,}, English or Greek headers). With
   * {@code dryRun=true} only checks and reports each row; otherwise imports all rows or none.
   */
  @POST
  @Path("import")
  @Consumes({
    "text/csv",
    "application/csv",
    "application/vnd.ms-excel",
    MediaType.APPLICATION_OCTET_STREAM
  })
  public Response importCsv(
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("enterprise") Long enterprise,
      InputStream body)
      throws IOException {
    var user = currentUser.require();
    byte[] file = body.readNBytes(ListingCsvImport.MAX_BYTES + 1);
    if (dryRun) {
      return Response.ok(ImportReport.of(csvImport.preview(file, locale()), 0, null, null)).build();
    }
    try {
      int imported = csvImport.importAll(user, enterprise, file, locale());
      return Response.status(201)
          .entity(new ImportReport(null, null, imported, 0, imported, List.of()))
          .build();
    } catch (ImportRefusedException e) {
      String message = Texts.get(locale(), e.messageKey(), e.arguments());
      return Response.status(400)
          .entity(ImportReport.of(e.preview(), 0, e.code(), message))
          .build();
    }
  }

  /** A stored picture. */
  public record ImageView(long id, String url, String thumbnail, int width, int height) {}

  private Locale locale() {
    return Language.of(request).locale();
  }
}
