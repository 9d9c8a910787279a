package org.koinagora.delivery.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.koinagora.delivery.DeliveryService;
import org.koinagora.enterprises.EnterpriseDirectory;
import org.koinagora.shared.NotFoundException;

/**
 * {@code GET /api/v1/enterprises/{id}/delivery}: how a verified enterprise sends, for everyone. An
 * enterprise that set no terms delivers as agreed, with no charge ({@code "asAgreed":true}).
 */
@Path("enterprises/{id}/delivery")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseDeliveryResource {

  /** The terms, and whether it sends at all. */
  public record PublicDelivery(
      boolean asAgreed,
      boolean delivers,
      String freeAbove,
      String minimumOrder,
      List<DeliveryJson.Rate> rates) {}

  @Inject private DeliveryService delivery;
  @Inject private EnterpriseDirectory directory;

  @GET
  public PublicDelivery get(@PathParam("id") long id) {
    directory.publicOne(id).orElseThrow(NotFoundException::new);
    return delivery
        .of(id)
        .map(DeliveryJson::of)
        .map(
            terms ->
                new PublicDelivery(
                    false,
                    !terms.rates().isEmpty(),
                    terms.freeAbove(),
                    terms.minimumOrder(),
                    terms.rates()))
        .orElseGet(() -> new PublicDelivery(true, true, null, null, List.of()));
  }
}
