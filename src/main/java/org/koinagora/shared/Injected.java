package org.koinagora.shared;

/**
 * Fails the creation of a bean whose container resource was not injected. A CDI bean first created
 * with no EE environment on the thread gets null {@code @Resource} and {@code @PersistenceContext}
 * fields; failing in {@code @PostConstruct} keeps that broken instance out of its context, so the
 * next use creates it again instead of carrying the nulls for the life of the process.
 */
public final class Injected {

  private Injected() {}

  public static void require(Object resource, String what) {
    if (resource == null) {
      throw new IllegalStateException(
          "No " + what + " was injected: created outside an EE component call");
    }
  }
}
