package org.koinagora.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Listings made through the API for a test to buy. */
public final class Listings {

  private Listings() {}

  /** An active product (honey, 13 % VAT, by the piece); {@code stock} null for no limit. */
  public static long product(Member seller, String title, String price, Integer stock) {
    var created =
        seller
            .client()
            .postJson(
                "/api/v1/me/listings",
                """
                {"kind":"PRODUCT","title":{"el":"%s","en":"%s"},"description":{"el":"Από μικρούς παραγωγούς.","en":"From small producers."},
                 "price":"%s","vatRate":13,"unit":"PIECE","stock":%s,"category":"food/honey","tags":["local"],"status":"ACTIVE"}
                """
                    .formatted(title, title, price, stock == null ? "null" : stock),
                seller.token());
    assertEquals(201, created.statusCode(), created.body());
    return Client.json(created).getJsonNumber("id").longValue();
  }
}
