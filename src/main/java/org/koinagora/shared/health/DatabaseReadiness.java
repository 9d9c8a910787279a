package org.koinagora.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.koinagora.shared.persistence.DataSourceConfig;
import org.koinagora.shared.persistence.SchemaMigrations;

/** Ready when the database answers and the migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  private DataSource dataSource;

  @Inject private SchemaMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      boolean reachable = connection.isValid(2);
      return builder
          .status(reachable && migrations.isDone())
          .withData("reachable", reachable)
          .withData("migrated", migrations.isDone())
          .build();
    } catch (Exception e) {
      return builder.down().withData("reachable", false).build();
    }
  }
}
