package org.koinagora.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.koinagora.enterprises.LegalForm;
import org.koinagora.enterprises.Region;

/**
 * What a group asks a support centre: who asks (the group's name is optional), where, the legal
 * form it is thinking of (optional) and the question. A signed-in requester's address is the
 * account's.
 */
public record AdviceQuestion(
    @Size(max = AdviceRequest.GROUP_MAX, message = "{advice.group.size}") String groupName,
    @NotBlank(message = "{advice.name.required}")
        @Size(max = AdviceRequest.NAME_MAX, message = "{advice.name.size}")
        String name,
    @NotBlank(message = "{advice.email.required}")
        @Email(message = "{advice.email.invalid}")
        @Size(max = AdviceRequest.EMAIL_MAX, message = "{advice.email.invalid}")
        String email,
    @NotNull(message = "{advice.region.required}") Region region,
    LegalForm legalForm,
    @NotBlank(message = "{advice.message.required}")
        @Size(max = AdviceMessage.BODY_MAX, message = "{advice.message.size}")
        String message) {}
