package org.koinagora.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. */
public record Registration(
    @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = UserAccount.EMAIL_MAX, message = "{account.email.invalid}")
        String email,
    @NotBlank(message = "{account.name.required}")
        @Size(max = UserAccount.NAME_MAX, message = "{account.name.size}")
        String name,
    @NotNull(message = "{account.password.size}")
        @Size(
            min = Passwords.MIN_LENGTH,
            max = Passwords.MAX_LENGTH,
            message = "{account.password.size}")
        String password) {}
