package org.koinagora.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, with the current one as proof (or a reset token instead). */
public record PasswordChange(
    String currentPassword,
    @NotNull(message = "{account.password.size}")
        @Size(
            min = Passwords.MIN_LENGTH,
            max = Passwords.MAX_LENGTH,
            message = "{account.password.size}")
        String newPassword) {}
