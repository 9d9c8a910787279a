package org.koinagora.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while demo data asked for are still loading. */
@Readiness
@ApplicationScoped
public class DemoDataReadiness implements HealthCheck {

  @Inject private DemoData demoData;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("demo-data").status(demoData.isSettled()).build();
  }
}
