package org.koinagora.checkout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a delivery goes (one address per order). */
public record Address(
    @NotBlank(message = "{order.street.required}")
        @Size(max = 200, message = "{order.street.required}")
        String street,
    @NotBlank(message = "{order.postcode.invalid}")
        @Pattern(regexp = "\\s*\\d{3}\\s?\\d{2}\\s*", message = "{order.postcode.invalid}")
        String postcode,
    @NotBlank(message = "{order.city.required}") @Size(max = 100, message = "{order.city.required}")
        String city) {}
