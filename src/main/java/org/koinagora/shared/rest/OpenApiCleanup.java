package org.koinagora.shared.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps {@code /openapi} a valid OpenAPI 3.0 document. Payara 6.2025 adds a top-level {@code
 * endpoints} map (a list of the application's paths) that the specification does not allow and
 * validators reject; it lives on Payara's own model class, set before the filters run, so it is
 * emptied here through that class's public setter (payara/Payara#7891 renames it {@code
 * x-endpoints} from 2026; then there is nothing to do).
 */
public class OpenApiCleanup implements OASFilter {

  private static final Logger LOG = Logger.getLogger(OpenApiCleanup.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    try {
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new LinkedHashMap<String, Set<String>>());
    } catch (NoSuchMethodException renamedOrGone) {
      // a Payara without the non-standard key
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not drop Payara's non-standard 'endpoints' key from /openapi", e);
    }
  }
}
