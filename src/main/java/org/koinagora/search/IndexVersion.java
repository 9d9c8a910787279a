package org.koinagora.search;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The version of the index searches see, changed by {@link SearchService}; cheap to read on every
 * request.
 */
@ApplicationScoped
public class IndexVersion {

  private volatile long current = -1;

  public long current() {
    return current;
  }

  void set(long version) {
    current = version;
  }
}
