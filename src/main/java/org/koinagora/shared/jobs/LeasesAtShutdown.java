package org.koinagora.shared.jobs;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Gives up this node's job leases when the application stops. A listener rather than the store's
 * {@code @PreDestroy}: Payara Micro stops the web application at SIGTERM but does not destroy EJB
 * singletons (payara/Payara#4573).
 */
@WebListener
public class LeasesAtShutdown implements ServletContextListener {

  @Inject private JobLeases leases;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    leases.stop();
  }
}
