package org.koinagora.delivery.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.koinagora.accounts.CurrentUser;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.NotFoundException;

/**
 * {@code /api/v1/me/delivery?enterprise=}: the delivery terms of an enterprise the user acts for.
 */
@Path("me/delivery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

  @Inject private DeliveryService delivery;
  @Inject private CurrentUser currentUser;

  /** 404 while the enterprise has set none. */
  @GET
  public DeliveryJson get(@QueryParam("enterprise") Long enterprise) {
    return delivery
        .of(currentUser.require(), required(enterprise))
        .map(DeliveryJson::of)
        .orElseThrow(NotFoundException::new);
  }

  @PUT
  public DeliveryJson set(@QueryParam("enterprise") Long enterprise, DeliveryJson body) {
    var user = currentUser.require();
    if (body == null) {
      throw new InvalidInputException("body", "error.invalid_json");
    }
    return DeliveryJson.of(delivery.set(user, required(enterprise), body.draft()));
  }

  /** Back to delivery as agreed, with no charge. */
  @DELETE
  public Response clear(@QueryParam("enterprise") Long enterprise) {
    delivery.clear(currentUser.require(), required(enterprise));
    return Response.noContent().build();
  }

  private static long required(Long enterprise) {
    if (enterprise == null) {
      throw new InvalidInputException("enterprise", "delivery.enterprise.required");
    }
    return enterprise;
  }
}
