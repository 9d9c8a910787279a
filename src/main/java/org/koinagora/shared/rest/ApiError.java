package org.koinagora.shared.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The one error shape of the API: {@code {"error","message"}} plus the field when one is at fault.
 */
@JsonbPropertyOrder({"error", "message", "field"})
public record ApiError(String error, String message, @JsonbNillable(false) String field) {}
