package org.koinagora.catalog.rest;

import java.util.List;

/**
 * The body of POST/PUT /api/v1/me/listings, as DESIGN.md gives it (plus unit, enterprise and a
 * service's booking, the organic certification that the {@code organic} tag needs, and a product's
 * shipping weight in grams).
 */
public record ListingRequest(
    String kind,
    LocalizedText title,
    LocalizedText description,
    String price,
    Integer vatRate,
    String unit,
    Integer stock,
    String category,
    List<String> tags,
    String status,
    Long enterprise,
    String booking,
    String organicBody,
    String organicCertificate,
    Integer weightGrams) {}
