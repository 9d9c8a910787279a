package org.koinagora.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.koinagora.enterprises.Region;

/** What an admin says about a new organisation, checked before it reaches the entity. */
public record OrganisationDraft(
    @NotNull(message = "{organisation.kind.required}") OrganisationKind kind,
    @NotBlank(message = "{organisation.name.required}")
        @Size(max = Organisation.NAME_MAX, message = "{organisation.name.size}")
        String nameEl,
    @Size(max = Organisation.NAME_MAX, message = "{organisation.name.size}") String nameEn,
    @NotNull(message = "{organisation.region.required}") Region region,
    @Size(max = 5000, message = "{organisation.description.size}") String descriptionEl,
    @Size(max = 5000, message = "{organisation.description.size}") String descriptionEn,
    Set<Offer> offers,
    @Email(message = "{organisation.email.invalid}")
        @Size(max = Organisation.EMAIL_MAX, message = "{organisation.email.invalid}")
        String contactEmail,
    @Size(max = Organisation.PHONE_MAX, message = "{organisation.phone.size}")
        @Pattern(regexp = "[+0-9 ().-]*", message = "{organisation.phone.invalid}")
        String contactPhone,
    @Size(max = Organisation.WEBSITE_MAX, message = "{organisation.website.size}")
        @Pattern(regexp = "(https?://\\S+)?", message = "{organisation.website.invalid}")
        String website) {}
