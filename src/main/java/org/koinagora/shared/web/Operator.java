package org.koinagora.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who runs this installation, as the platform's terms and privacy pages name it. */
@Named
@ApplicationScoped
public class Operator {

  @Inject
  @ConfigProperty(name = "koinagora.operator.name", defaultValue = "Koinagora")
  String name;

  @Inject
  @ConfigProperty(name = "koinagora.operator.address", defaultValue = "Athens, Greece")
  String address;

  @Inject
  @ConfigProperty(name = "koinagora.operator.email", defaultValue = "info@koinagora.local")
  String email;

  @Inject
  @ConfigProperty(name = "koinagora.operator.afm")
  Optional<String> afm;

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getEmail() {
    return email;
  }

  /** The operator's ΑΦΜ, or null when none is configured. */
  public String getAfm() {
    return afm.filter(value -> !value.isBlank()).orElse(null);
  }
}
