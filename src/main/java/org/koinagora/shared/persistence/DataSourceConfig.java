package org.koinagora.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;

/**
 * The application's pool on MariaDB. Payara resolves {@code MPCONFIG} placeholders from environment
 * variables and system properties only, so KOINAGORA_DB_URL, KOINAGORA_DB_USER and
 * KOINAGORA_DB_PASSWORD must be set (the launcher, the tests and docker/compose.yaml do).
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = DataSourceConfig.JNDI_NAME,
      className = "org.mariadb.jdbc.MariaDbDataSource",
      url = "${MPCONFIG=koinagora.db.url}",
      user = "${MPCONFIG=koinagora.db.user}",
      password = "${MPCONFIG=koinagora.db.password}",
      minPoolSize = 2,
      maxPoolSize = 32,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=meta-data",
        "fish.payara.fail-all-connections=true"
      }),
  // Flyway manages its own transactions; a pool outside JTA keeps it from meeting XA (XAER_RMFAIL)
  @DataSourceDefinition(
      name = DataSourceConfig.MIGRATIONS_JNDI_NAME,
      className = "org.mariadb.jdbc.MariaDbDataSource",
      url = "${MPCONFIG=koinagora.db.url}",
      user = "${MPCONFIG=koinagora.db.user}",
      password = "${MPCONFIG=koinagora.db.password}",
      transactional = false,
      minPoolSize = 0,
      maxPoolSize = 2)
})
public class DataSourceConfig {
  public static final String JNDI_NAME = "java:app/jdbc/koinagora";
  public static final String MIGRATIONS_JNDI_NAME = "java:app/jdbc/koinagora-migrations";
}
