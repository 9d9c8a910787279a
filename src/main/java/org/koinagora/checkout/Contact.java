package org.koinagora.checkout;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who the order is for: where the confirmation goes and whom the sellers contact. */
public record Contact(
    @NotBlank(message = "{order.email.required}")
        @Email(message = "{order.email.invalid}")
        @Size(max = 254, message = "{order.email.invalid}")
        String email,
    @NotBlank(message = "{order.name.required}") @Size(max = 120, message = "{order.name.size}")
        String name,
    @Size(max = 30, message = "{order.phone.size}") String phone) {}
