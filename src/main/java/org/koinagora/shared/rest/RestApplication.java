package org.koinagora.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The open-data and member API under /api/v1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Koinagora API",
            version = "1",
            description = "Open data on social enterprises, products and fairs; member actions.",
            license = @License(name = "EUPL-1.2")))
public class RestApplication extends Application {}
