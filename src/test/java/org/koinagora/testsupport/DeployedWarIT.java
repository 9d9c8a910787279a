package org.koinagora.testsupport;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: the real WAR on Payara Micro, talked to over loopback. An error in
 * the server log that the class did not declare fails it ({@link ServerLogGuard}).
 */
@ExtendWith({ArquillianExtension.class, ServerLogGuard.class})
public abstract class DeployedWarIT {

  @ArquillianResource private URL deployed;

  /** The application's root address, e.g. {@code http://127.0.0.1:8123/}. */
  protected URI base;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.koinagora();
  }

  @BeforeEach
  void resolveBase() {
    base = Deployments.loopback(deployed);
  }
}
