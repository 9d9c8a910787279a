package org.koinagora.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The open-data and member API under /api/v1, described in META-INF/openapi.yaml. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
