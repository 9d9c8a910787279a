package org.koinagora.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data of DESIGN.md on the first start of a platform without enterprises, when
 * {@code koinagora.demo-data} is true (the embedded launcher sets it). It loads once the
 * application has started, from a timer: while the WAR is still deploying, the beans that observe
 * the commit (search index, caches) cannot yet be given their resources. The platform reports ready
 * ({@code /health/ready}) only once the loading has ended.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  public static final String PASSWORD = "demo-password";

  @EJB private DemoLoader loader;
  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "koinagora.demo-data", defaultValue = "false")
  boolean enabled;

  private volatile boolean settled;

  @PostConstruct
  void scheduleOnFirstStart() {
    if (enabled) {
      timers.createSingleActionTimer(1, new TimerConfig("demo-data", false));
    } else {
      settled = true;
    }
  }

  @Timeout
  void load() {
    try {
      loader.loadIntoEmptyPlatform();
    } finally {
      settled = true;
    }
  }

  /** Whether nothing is left to load (the demo data are in, or were not asked for). */
  public boolean isSettled() {
    return settled;
  }
}
