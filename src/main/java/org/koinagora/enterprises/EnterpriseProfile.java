package org.koinagora.enterprises;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable facts of an enterprise, as a member fills them in. */
public record EnterpriseProfile(
    @NotBlank(message = "{enterprise.name.required}")
        @Size(max = Enterprise.NAME_MAX, message = "{enterprise.name.size}")
        String name,
    @NotNull(message = "{enterprise.legalForm.required}") LegalForm legalForm,
    @NotBlank(message = "{enterprise.registryNumber.required}")
        @Size(max = Enterprise.REGISTRY_MAX, message = "{enterprise.registryNumber.size}")
        String registryNumber,
    @NotBlank(message = "{enterprise.vatNumber.invalid}") @ValidAfm String vatNumber,
    @NotNull(message = "{enterprise.region.required}") Region region,
    @NotBlank(message = "{enterprise.municipality.required}")
        @Size(max = Enterprise.MUNICIPALITY_MAX, message = "{enterprise.municipality.size}")
        String municipality,
    @NotBlank(message = "{enterprise.description.required}")
        @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}")
        String descriptionEl,
    @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}") String descriptionEn,
    @NotBlank(message = "{enterprise.impact.required}")
        @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}")
        String impactEl,
    @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}") String impactEn,
    @NotBlank(message = "{enterprise.contactEmail.invalid}")
        @Email(message = "{enterprise.contactEmail.invalid}")
        @Size(max = 254, message = "{enterprise.contactEmail.invalid}")
        String contactEmail,
    @Pattern(regexp = "^$|^[+0-9 ()-]{6,30}$", message = "{enterprise.contactPhone.invalid}")
        String contactPhone,
    @Pattern(regexp = "^$|^https?://\\S{3,290}$", message = "{enterprise.website.invalid}")
        String website,
    @ValidIban String iban,
    @Size(max = Enterprise.NAME_MAX, message = "{enterprise.legalName.size}") String legalName,
    @Pattern(regexp = "^$|^[0-9]{9,12}$", message = "{enterprise.gemiNumber.invalid}")
        String gemiNumber,
    @Size(max = Enterprise.STREET_MAX, message = "{enterprise.streetAddress.size}")
        String streetAddress,
    @Pattern(regexp = "^$|^[0-9]{3} ?[0-9]{2}$", message = "{enterprise.postcode.invalid}")
        String postcode,
    @Size(max = Enterprise.MUNICIPALITY_MAX, message = "{enterprise.city.size}") String city,
    @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}") String returnsEl,
    @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}") String returnsEn,
    @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}") String termsEl,
    @Size(max = Enterprise.TEXT_MAX, message = "{enterprise.text.size}") String termsEn) {}
