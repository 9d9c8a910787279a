package org.koinagora.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links for mails and feeds, built on the configured public address. */
@Named
@ApplicationScoped
public class Links {

  @Inject
  @ConfigProperty(name = "koinagora.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  public String to(String path) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + path;
  }
}
