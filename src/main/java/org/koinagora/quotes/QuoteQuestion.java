package org.koinagora.quotes;

import java.math.BigDecimal;
import java.util.List;

/**
 * A buyer's request as typed, checked by {@link QuoteDesk} field by field: to whom (a listing, one
 * to five enterprises, or a category and region), what, where, when, how much, a budget, and who
 * asks. {@code email} is a guest's address (a signed-in buyer's own is used otherwise).
 */
public record QuoteQuestion(
    Long listingId,
    List<Long> enterpriseIds,
    String category,
    String region,
    String description,
    String where,
    String when,
    String quantity,
    BigDecimal budget,
    BuyerKind buyerKind,
    String buyerName,
    String afm,
    String doy,
    String address,
    String buyerReference,
    String email) {}
